using System.Globalization;
using Lucene.Net.Documents;

namespace Revista.Search;

/// <summary>What the index holds of one article: its words by language, and the values results are filtered and sorted by.</summary>
internal sealed record SearchDocument(int ArticleId, string JournalSlug, DateOnly PublishedOn, string? DoiKey, IReadOnlyList<string> Authors, IReadOnlyList<SearchText> Texts)
{
    /// <summary>The date as one sortable number, 2014-09-15 → 20140915.</summary>
    public static int DateNumber(DateOnly date) => (date.Year * 10000) + (date.Month * 100) + date.Day;

    public Document ToLucene()
    {
        var document = new Document
        {
            new StringField(SearchFields.Id, ArticleId.ToString(CultureInfo.InvariantCulture), Field.Store.YES),
            new NumericDocValuesField(SearchFields.IdOrder, ArticleId),
            new StringField(SearchFields.Journal, JournalSlug, Field.Store.NO),
            new Int32Field(SearchFields.Published, DateNumber(PublishedOn), Field.Store.NO),
            new NumericDocValuesField(SearchFields.PublishedOrder, DateNumber(PublishedOn)),
        };
        if (DoiKey is not null)
            document.Add(new StringField(SearchFields.Doi, DoiKey, Field.Store.NO));
        foreach (var author in Authors)
            document.Add(new TextField(SearchFields.Authors, author, Field.Store.NO));
        foreach (var text in Texts)
        {
            if (!string.IsNullOrWhiteSpace(text.Value))
                document.Add(new TextField(SearchFields.Text(text.Part, text.Language), text.Value, Field.Store.NO));
        }
        return document;
    }
}

/// <summary>One piece of an article's text: its part (title, abstract, …) and the language it is written in.</summary>
internal sealed record SearchText(string Part, string Language, string Value);
