using System.Text;

namespace Revista.Bench;

/// <summary>
/// Words drawn from a 100,000-word vocabulary with Zipf's law (the word of rank r is used in proportion to 1/r), as in
/// real prose: a few words are in every article, most in a handful. The first ranks are real English words (some of
/// them set phrases, so a phrase query finds something); the rest are made-up words of three or four syllables,
/// each spelled from its rank. Same seed, same words.
/// </summary>
internal static class ZipfText
{
    public const int VocabularySize = 100_000;

    private static readonly string[] Common =
    [
        "the", "of", "and", "in", "to", "a", "with", "was", "for", "were", "patients", "is", "by", "that", "on", "as",
        "at", "from", "or", "this", "study", "be", "are", "not", "treatment", "after", "group", "an", "we", "than",
        "disease", "clinical", "between", "risk", "these", "which", "analysis", "had", "their", "data", "results",
        "outcome", "cohort", "serum", "more", "both", "years", "may", "associated", "inflammation", "randomized controlled trial",
        "significant", "increased", "reduced", "compared", "observed", "response", "therapy", "baseline", "follow-up",
        "imaging", "marker", "protein", "cells", "joint", "mean", "age", "women", "men", "children", "hospital",
        "in this study", "primary care", "higher", "lower", "levels", "effect", "model", "use", "time", "during",
    ];

    private static readonly string[] Syllables = BuildSyllables();

    private static readonly string[] Vocabulary = BuildVocabulary();

    /// <summary>Cumulative probability of ranks 0..r, for drawing a rank by binary search.</summary>
    private static readonly double[] Cumulative = BuildCumulative();

    /// <summary>The word of rank <paramref name="rank"/> (0 is the most used).</summary>
    public static string Word(int rank) => Vocabulary[rank];

    public static string Next(Random random)
    {
        var rank = Array.BinarySearch(Cumulative, random.NextDouble());
        return Vocabulary[Math.Min(rank < 0 ? ~rank : rank, VocabularySize - 1)];
    }

    /// <summary>Appends words until <paramref name="text"/> has grown by at least <paramref name="characters"/>.</summary>
    public static StringBuilder AppendWords(StringBuilder text, Random random, int characters)
    {
        var end = text.Length + characters;
        var first = true;
        while (text.Length < end)
        {
            var word = Next(random);
            if (first)
                text.Append(char.ToUpperInvariant(word[0])).Append(word, 1, word.Length - 1);
            else
                text.Append(' ').Append(word);
            first = false;
        }
        return text;
    }

    public static string Sentence(Random random, int characters) => AppendWords(new StringBuilder(), random, characters).ToString();

    private static string[] BuildSyllables()
    {
        const string consonants = "bcdfghjklmnprstvz";
        const string vowels = "aeiou";
        return [.. consonants.SelectMany(c => vowels.Select(v => $"{c}{v}"))];
    }

    private static string[] BuildVocabulary()
    {
        var words = new string[VocabularySize];
        Common.CopyTo(words, 0);
        var count = Syllables.Length;
        for (var rank = Common.Length; rank < VocabularySize; rank++)
        {
            // Multiplying by a prime scatters neighbouring ranks over the syllables, so no prefix is only rare or only
            // common; modulo a power of the syllable count it is one-to-one, so no two ranks share a spelling.
            var length = rank % 3 == 0 ? 4 : 3;
            var code = rank * 7919L % (long)Math.Pow(count, length);
            var word = new StringBuilder();
            for (var s = 0; s < length; s++, code /= count)
                word.Append(Syllables[code % count]);
            words[rank] = word.ToString();
        }
        return words;
    }

    private static double[] BuildCumulative()
    {
        var cumulative = new double[VocabularySize];
        var sum = 0.0;
        for (var rank = 0; rank < VocabularySize; rank++)
            cumulative[rank] = sum += 1.0 / (rank + 1);
        for (var rank = 0; rank < VocabularySize; rank++)
            cumulative[rank] /= sum;
        return cumulative;
    }
}
