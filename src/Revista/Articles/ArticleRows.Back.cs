using Revista.Jats;

namespace Revista.Articles;

internal static partial class ArticleRows
{
    internal static List<Reference> References(JatsArticle jats) =>
        [.. jats.References.Select((r, i) => new Reference
        {
            Position = i + 1,
            XmlId = Clean(r.Id),
            Label = Clean(r.Label),
            PublicationType = Clean(r.PublicationType),
            Authors = [.. r.Authors.Select(NameOf)],
            Editors = [.. r.Editors.Select(NameOf)],
            HasEtAl = r.HasEtAl,
            ArticleTitle = Clean(r.ArticleTitle),
            Source = Clean(r.Source),
            Year = Clean(r.Year),
            Volume = Clean(r.Volume),
            Issue = Clean(r.Issue),
            FirstPage = Clean(r.FirstPage),
            LastPage = Clean(r.LastPage),
            ElocationId = Clean(r.ElocationId),
            Publisher = Clean(r.Publisher),
            PublisherLocation = Clean(r.PublisherLocation),
            Doi = Clean(r.Doi),
            Pmid = Clean(r.Pmid),
            Pmcid = Clean(r.Pmcid),
            Uri = Clean(r.Uri),
            Text = r.Text,
            Html = r.Html,
        })];

    private static ReferenceName NameOf(JatsName name) => new(Clean(name.Surname), Clean(name.GivenNames), Clean(name.Suffix), Clean(name.Collab));

    private static List<ArticleFunding> Funding(JatsArticle jats) =>
        [.. jats.Funding.Select((f, i) => new ArticleFunding
        {
            Position = i + 1,
            FunderName = Clean(f.FunderName),
            FunderId = Clean(f.FunderId),
            AwardIds = [.. f.AwardIds],
            Recipient = Clean(f.Recipient),
        })];

    private static List<ArticleDate> Dates(JatsArticle jats) =>
        [.. jats.PubDates.Select(d => (Date: d, Kind: ArticleDate.Publication))
            .Concat(jats.HistoryDates.Select(d => (Date: d, Kind: ArticleDate.History)))
            .Select((d, i) => new ArticleDate
            {
                Position = i + 1,
                Kind = d.Kind,
                Type = d.Date.Type,
                PublicationFormat = Clean(d.Date.PublicationFormat),
                Year = d.Date.Year,
                Month = d.Date.Month,
                Day = d.Date.Day,
                Season = Clean(d.Date.Season),
                Iso = PublicationDates.Iso(d.Date),
                StringDate = Clean(d.Date.StringDate),
            })];

    /// <summary>The stored files, labelled and captioned from the fig or supplementary-material that names them.</summary>
    private static List<ArticleAsset> Assets(JatsArticle jats, IReadOnlyList<ImportedAsset> assets) =>
        [.. assets.Select((asset, i) =>
        {
            bool Names(string? id) => asset.ElementId is not null && id == asset.ElementId;
            var figure = jats.Figures.FirstOrDefault(f => Names(f.Id) || f.GraphicHrefs.Contains(asset.Href));
            var supplement = figure is null ? jats.Supplements.FirstOrDefault(s => Names(s.Id) || s.Href == asset.Href) : null;
            var caption = figure?.Caption ?? supplement?.Caption;
            return new ArticleAsset
            {
                Position = i + 1,
                Role = asset.Role,
                Href = asset.Href,
                ElementId = asset.ElementId,
                Sha256 = asset.Sha256.ToLowerInvariant(),
                Label = Clean(figure?.Label ?? supplement?.Label),
                CaptionHtml = caption is { IsEmpty: false } ? caption.Html : null,
                Width = asset.Width,
                Height = asset.Height,
            };
        })];

    private static List<ArticleFragment> Fragments(RenderedArticle rendered) =>
        [.. rendered.Fragments.Select(f => new ArticleFragment
        {
            Language = f.Language,
            SubArticleId = f.SubArticleId,
            IsTranslation = f.IsTranslation,
            Html = f.Html,
            RendererVersion = JatsHtml.RendererVersion,
        })];

    private static List<ArticleRelation> Relations(JatsArticle jats) =>
        [.. jats.RelatedArticles.Select((r, i) => new ArticleRelation
        {
            Position = i + 1,
            Type = Truncate(r.Type, 64),
            Translation = r.Translation switch
            {
                JatsTranslationLink.HasTranslation => ArticleRelation.HasTranslation,
                JatsTranslationLink.IsTranslationOf => ArticleRelation.IsTranslationOf,
                _ => null,
            },
            // An over-long DOI is no DOI we could match or link; dropping it keeps the import from failing on the column.
            Doi = ArticleUpsert.DoiOf(r.Doi) is { Length: <= Data.ColumnLengths.Doi } doi ? doi : null,
            DoiKey = ArticleUpsert.DoiOf(r.Doi) is { Length: <= Data.ColumnLengths.Doi } key ? key.ToLowerInvariant() : null,
            Language = r.Language is { Length: <= 35 } language ? language : null,
            Text = Clean(r.Text) is { } text ? Truncate(text, 1000) : null,
        })];

    private static string Truncate(string text, int length) => text.Length <= length ? text : text[..length];
}
