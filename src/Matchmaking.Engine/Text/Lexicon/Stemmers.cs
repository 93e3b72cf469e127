using Lucene.Net.Tartarus.Snowball;
using Lucene.Net.Tartarus.Snowball.Ext;

namespace Matchmaking.Engine.Text.Lexicon;

/// <summary>
/// The Snowball stemmers of English (Porter 2) and French, from Lucene.Net: inflected forms meet their dictionary entries
/// ("weavers", "weaving" → "weaver"/"weav"; "tisserandes" → "tisserand"). A Snowball program keeps state, so each thread
/// has its own.
/// </summary>
internal static class Stemmers
{
    [ThreadStatic]
    private static SnowballProgram? english;

    [ThreadStatic]
    private static SnowballProgram? french;

    public static string English(string word) => Stem(english ??= new EnglishStemmer(), word);

    public static string French(string word) => Stem(french ??= new FrenchStemmer(), word);

    private static string Stem(SnowballProgram program, string word)
    {
        program.SetCurrent(word);
        program.Stem();
        return program.Current;
    }
}
