using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Es;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Pt;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Util;

namespace Revista.Search;

/// <summary>
/// Words of a field, as indexed and as searched: Unicode word breaks, lower case, accents folded ("corazón" finds
/// "corazon" and back), then the stemmer of the field's language. No stop words: a query is matched against every
/// language's fields, and a word that is a stop word in one language only would then be required in the others.
/// </summary>
internal sealed class SearchAnalyzer : Analyzer
{
    public const LuceneVersion Version = LuceneVersion.LUCENE_48;

    public SearchAnalyzer()
        : base(PER_FIELD_REUSE_STRATEGY)
    {
    }

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var tokenizer = new StandardTokenizer(Version, reader);
        TokenStream stream = tokenizer;
        var language = fieldName.AsSpan(fieldName.LastIndexOf('.') + 1);
        if (language.SequenceEqual("en"))
            stream = new EnglishPossessiveFilter(Version, stream);
        stream = new LowerCaseFilter(Version, stream);
        stream = new ASCIIFoldingFilter(stream);
        if (language.SequenceEqual("en"))
            stream = new PorterStemFilter(stream);
        else if (language.SequenceEqual("es"))
            stream = new SpanishLightStemFilter(stream);
        else if (language.SequenceEqual("pt"))
            stream = new PortugueseLightStemFilter(stream);
        return new TokenStreamComponents(tokenizer, stream);
    }
}
