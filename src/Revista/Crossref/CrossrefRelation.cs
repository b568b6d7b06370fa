namespace Revista.Crossref;

/// <summary>
/// A relation of the deposited work to another work with a DOI (relations.xsd intra_work_relation, identifier-type
/// doi): hasTranslation / isTranslationOf link the language versions of one article.
/// </summary>
public sealed record CrossrefRelation(string RelationshipType, string Doi)
{
    public const string HasTranslation = "hasTranslation";
    public const string IsTranslationOf = "isTranslationOf";
}
