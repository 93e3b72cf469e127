using Matchmaking.Engine.Text;

namespace Matchmaking.Benchmarks.HandWritten;

internal delegate void FeatureKeySink(ReadOnlySpan<char> key);

/// <summary>Produces the feature keys of a text's words: "w:word", "b:word word", "c:ngram" of "_word_" and "k:concept".</summary>
internal static class FeatureKeys
{
    /// <summary>
    /// All the keys of one text, as <see cref="Featurizer"/> counts them: words, bigrams of consecutive non-stop words and
    /// character n-grams come from the words without stop words; concepts from all words, when the model has a thesaurus.
    /// </summary>
    public static void Emit(List<string> words, TfidfOptions options, ConceptThesaurus? thesaurus, FeatureKeySink sink)
    {
        Span<char> buffer = stackalloc char[256];
        string? previous = null;
        foreach (var word in words)
        {
            if (StopWords.Contains(word))
            {
                continue;
            }

            EmitWord(word, options, sink);
            if (options.WordBigrams && previous is not null)
            {
                EmitBigram(previous, word, buffer, sink);
            }

            previous = word;
        }

        if (thesaurus is not null)
        {
            ConceptThesaurus.Match([.. words.Select(thesaurus.Lookup)], c => sink(thesaurus.Key(c)));
        }
    }

    /// <summary>The features of one word on its own: "w:word" and its character n-grams (the featurizer caches them per word).</summary>
    public static void EmitWord(string word, TfidfOptions options, FeatureKeySink sink)
    {
        Span<char> buffer = stackalloc char[256];
        var token = word.AsSpan();
        if (token.Length > 120)
        {
            token = token[..120];
        }

        buffer[0] = 'w';
        buffer[1] = ':';
        token.CopyTo(buffer[2..]);
        sink(buffer[..(2 + token.Length)]);
        EmitCharNgrams(token, options, buffer, sink);
    }

    public static void EmitBigram(string first, string second, Span<char> buffer, FeatureKeySink sink)
    {
        if (first.Length + second.Length + 3 > buffer.Length)
        {
            return;
        }

        buffer[0] = 'b';
        buffer[1] = ':';
        first.AsSpan().CopyTo(buffer[2..]);
        buffer[2 + first.Length] = ' ';
        second.AsSpan().CopyTo(buffer[(3 + first.Length)..]);
        sink(buffer[..(3 + first.Length + second.Length)]);
    }

    private static void EmitCharNgrams(ReadOnlySpan<char> token, TfidfOptions options, Span<char> buffer, FeatureKeySink sink)
    {
        // The word with boundary marks, after the "c:" prefix: "c:_musique_".
        buffer[0] = 'c';
        buffer[1] = ':';
        buffer[2] = '_';
        token.CopyTo(buffer[3..]);
        buffer[3 + token.Length] = '_';
        var marked = token.Length + 2;
        Span<char> key = stackalloc char[2 + options.CharNgramMax];
        key[0] = 'c';
        key[1] = ':';
        for (var n = options.CharNgramMin; n <= options.CharNgramMax; n++)
        {
            for (var start = 0; start + n <= marked; start++)
            {
                buffer.Slice(2 + start, n).CopyTo(key[2..]);
                sink(key[..(2 + n)]);
            }
        }
    }
}
