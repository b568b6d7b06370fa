namespace Revista.Jats;

/// <summary>A stored file as the renderer links to it: its public URL, size and, for images, pixel dimensions.</summary>
public sealed record AssetLink(string Url, long Bytes, string MediaType, int? Width, int? Height);

/// <summary>The HTML of one language version of an article's full text (body and back matter).</summary>
/// <param name="SubArticleId">null for the main article; the sub-article's id for a translation.</param>
public sealed record HtmlFragment(string Language, string? SubArticleId, bool IsTranslation, string Html);

/// <summary>Something the renderer could not render faithfully, e.g. an unknown element whose text it kept.</summary>
/// <param name="MissingAsset">The resolver had no file for an href; the importer reports those itself, once per article.</param>
public sealed record RenderProblem(string Message, int? Line, bool MissingAsset = false);

public sealed record RenderedArticle(IReadOnlyList<HtmlFragment> Fragments, IReadOnlyList<RenderProblem> Problems);
