using Revista.Search;

namespace Revista.Tests.Search;

/// <summary>A reader's query syntax against an index of three articles, two English and one Spanish.</summary>
public sealed class SearchSyntaxTests : IDisposable
{
    private static readonly DateOnly Today = new(2026, 6, 1);
    private readonly string root = Directory.CreateTempSubdirectory("revista-test-").FullName;
    private readonly SearchIndex index;

    public SearchSyntaxTests()
    {
        index = new SearchIndex(Path.Combine(root, SearchIndex.FolderName));
        index.Open();
        index.Apply(
            [
                Article(1, "en", "Clinical outcomes of patients with studies of inflammation"),
                Article(2, "es", "Enfermedades del corazón en niños"),
                Article(3, "en", "From a to z"),
            ],
            [], position: 1, DateTimeOffset.UnixEpoch);
    }

    public void Dispose()
    {
        index.Dispose();
        Directory.Delete(root, recursive: true);
    }

    [Theory]
    [InlineData("patients")]
    [InlineData("clinical")]
    [InlineData("studies")]
    [InlineData("inflammation")]
    public void A_whole_word_with_a_star_finds_what_the_word_finds(string word)
    {
        Assert.Equal([1], Found(word));
        Assert.Equal([1], Found(word + "*"));
    }

    [Fact]
    public void A_prefix_with_an_accent_finds_the_folded_words_of_the_index() => Assert.Equal([2], Found("corazó*"));

    [Theory]
    [InlineData("clin*")]
    [InlineData("Pati*")]
    public void A_prefix_of_part_of_a_word_still_finds_it(string prefix) => Assert.Equal([1], Found(prefix));

    [Fact]
    public void A_prefix_no_word_starts_with_finds_nothing() => Assert.Empty(Found("cardio*"));

    [Fact]
    public void A_range_is_searched_as_its_words() => Assert.Equal([3], Found("[a TO z]"));

    [Fact]
    public void A_regular_expression_is_searched_as_its_words()
    {
        Assert.Equal([1], Found("/clinical.*/"));
        Assert.Empty(Found("/.*/"));
    }

    private List<int> Found(string text) => [.. index.Search(new SearchQuery { Text = text }, Today).ArticleIds];

    private static SearchDocument Article(int id, string language, string title) =>
        new(id, "journal", new DateOnly(2025, 1, 1), null, [], [new SearchText(SearchFields.Title, language, title)]);
}
