using Matchmaking.Engine.Pairing;
using Matchmaking.Engine.Text;

namespace Matchmaking.Engine.Tests.Pairing;

/// <summary>The shared terms a coordinator reads are words, never the pieces French elision leaves ("l'auteur", "d'auteur").</summary>
public class SharedTermsTests
{
    private static readonly TextModel Model = TextModel.Default;

    [Fact]
    public void FrenchElisionsShowNoArticleFragmentAmongTheSharedTerms()
    {
        const string needs = "Protéger les droits d'auteur et l'édition : l'auteur, l'éditeur et l'illustrateur d'aujourd'hui.";
        const string offer = "Nous formons aux droits d'auteur, à l'édition et au métier d'éditeur ; l'auteur garde ses droits d'auteur.";
        var vectors = Model.Featurize([needs, offer]);

        var shared = SharedTerms.Top(vectors[0], vectors[1], Model.Space, needs, offer).Select(t => t.Term).ToList();

        Assert.NotEmpty(shared);
        Assert.All(shared, term => Assert.All(term.Split([' ', '/'], StringSplitOptions.RemoveEmptyEntries),
            word => Assert.True(word.Length > 1, $"'{word}' of '{term}' is a fragment; shared terms: {string.Join(", ", shared)}")));
        Assert.Contains(shared, t => t.Contains("auteur", StringComparison.Ordinal));
    }
}
