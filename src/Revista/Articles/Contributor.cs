using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Revista.Data;

namespace Revista.Articles;

/// <summary>A JATS contrib of the article (or of one of its sub-articles), in the order published.</summary>
public sealed class Contributor
{
    /// <summary>contrib/@contrib-type of an author (JATS suggested value); editors, reviewers and translators have others.</summary>
    public const string Author = "author";

    public int Id { get; set; }
    public int ArticleId { get; set; }
    /// <summary>null for the main article; the sub-article's id for its own contributors (a translation, a peer review).</summary>
    public string? SubArticleId { get; set; }
    public int Position { get; set; }
    public string ContribType { get; set; } = Author;
    public string? Collab { get; set; }
    public string? Surname { get; set; }
    public string? GivenNames { get; set; }
    public string? Prefix { get; set; }
    public string? Suffix { get; set; }
    /// <summary>name/@name-style: western, eastern, islensk, given-only.</summary>
    public string NameStyle { get; set; } = "western";
    /// <summary>The name as printed in the byline.</summary>
    public string DisplayName { get; set; } = "";
    public string? Orcid { get; set; }
    public bool IsCorresponding { get; set; }
    public bool EqualContribution { get; set; }
    public bool IsDeceased { get; set; }
    public List<string> Emails { get; set; } = [];
    /// <summary>xml ids of this person's <see cref="Affiliation"/> rows (<see cref="Affiliation.XmlId"/>), in order.</summary>
    public List<string> AffiliationIds { get; set; } = [];
    /// <summary>Affiliations written inside the contrib itself, as text.</summary>
    public List<string> InlineAffiliations { get; set; } = [];
    /// <summary>xml ids of author notes (<see cref="ArticleNote.XmlId"/>) this person points at.</summary>
    public List<string> NoteIds { get; set; } = [];
    public List<ContributorRole> Roles { get; set; } = [];
    public List<string> Degrees { get; set; } = [];
}

/// <summary>A contributor role; CRediT roles carry the vocabulary term and its URL (JATS role/@vocab-term-identifier).</summary>
public sealed record ContributorRole(string Text, string? VocabTerm, string? VocabIdentifier);

internal sealed class ContributorConfiguration : IEntityTypeConfiguration<Contributor>
{
    public void Configure(EntityTypeBuilder<Contributor> builder) => builder.Property(c => c.Roles).HasJsonConversion();
}
