namespace Revista.Search;

/// <summary>
/// The fields of the search index. Text is indexed once per language it is written in, into a field whose analyzer
/// stems that language ("title.es"); text in a language without a stemmer goes to the ".any" field, folded only.
/// </summary>
internal static class SearchFields
{
    public const string Id = "id";
    public const string IdOrder = "id-order";
    public const string Journal = "journal";
    public const string Published = "published";
    public const string PublishedOrder = "published-order";
    public const string Doi = "doi";
    public const string Authors = "authors";

    public const string Title = "title";
    public const string Keywords = "keywords";
    public const string Abstract = "abstract";
    public const string Body = "body";

    /// <summary>Languages with a stemmer of their own; "any" takes the rest.</summary>
    public static readonly string[] Languages = ["en", "es", "pt", "any"];

    /// <summary>Where a match counts most: a term in the title says more about the article than one in the body.</summary>
    private static readonly (string Part, float Boost)[] Parts = [(Title, 3f), (Keywords, 2f), (Abstract, 1.5f), (Body, 1f)];

    public static string Text(string part, string? language) => part + "." + LanguageOf(language);

    /// <summary>"es-MX" → "es"; a language without a stemmer here → "any".</summary>
    public static string LanguageOf(string? language)
    {
        var primary = string.IsNullOrEmpty(language) ? "" : language.Split('-', '_')[0].ToLowerInvariant();
        return primary is "en" or "es" or "pt" ? primary : "any";
    }

    /// <summary>Every field a reader's words are looked up in, with its weight.</summary>
    public static IReadOnlyDictionary<string, float> Searched { get; } = BuildSearched();

    private static Dictionary<string, float> BuildSearched()
    {
        var fields = new Dictionary<string, float>(StringComparer.Ordinal) { [Authors] = 2f };
        foreach (var (part, boost) in Parts)
        {
            foreach (var language in Languages)
                fields[part + "." + language] = boost;
        }
        return fields;
    }
}
