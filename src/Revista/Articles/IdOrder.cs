namespace Revista.Articles;

public static class IdOrder
{
    /// <summary>
    /// <paramref name="items"/> in the order of <paramref name="ids"/> (a search's ranking, which SQL does not know);
    /// items whose id is not listed go last.
    /// </summary>
    public static List<T> InOrderOf<T>(this IEnumerable<T> items, IReadOnlyList<int> ids, Func<T, int> idOf)
    {
        var rank = new Dictionary<int, int>(ids.Count);
        for (var i = ids.Count - 1; i >= 0; i--)
            rank[ids[i]] = i;
        return [.. items.OrderBy(item => rank.GetValueOrDefault(idOf(item), int.MaxValue))];
    }
}
