using Matchmaking.Engine.Text;
using Matchmaking.Engine.Text.Lexicon;

namespace Matchmaking.Engine.Tests.Text;

public sealed class LexiconTests
{
    private static Lexicon Lexicon => DebianLexicon.Instance;

    [Fact]
    public void AFrenchWordFindsItsEnglishTranslationsInFreeDict()
    {
        var bag = Lexicon.Analyse("La bibliothèque municipale organise des ateliers de musique.", hypernyms: false);

        Assert.Contains(Stemmers.English("library"), bag.Direct.Keys);
        Assert.Contains(Stemmers.English("music"), bag.Direct.Keys);
    }

    [Fact]
    public void AnInflectedFrenchWordFindsTheEntryOfItsStem()
    {
        var singular = Lexicon.Analyse("Nous voulons une bibliothèque.", hypernyms: false);
        var plural = Lexicon.Analyse("Nous voulons des bibliothèques.", hypernyms: false);

        Assert.Equal(singular.Direct.Keys.Order(StringComparer.Ordinal), plural.Direct.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void EnglishInflectionsMeetThroughTheSnowballStemmer()
    {
        Assert.Equal(Stemmers.English("weaving"), Stemmers.English("weave"));
        Assert.Equal(Stemmers.French("tisserandes"), Stemmers.French("tisserand"));
    }

    [Fact]
    public void WordNetGivesSynonymsAndBroaderTerms()
    {
        var bag = Lexicon.Analyse("They show a movie about a drum.", hypernyms: true);

        Assert.Contains(Stemmers.English("film"), bag.Related.Keys);
        Assert.Contains(Stemmers.English("percussion"), bag.Related.Keys);
    }

    [Fact]
    public void AFrenchTextIsRenderedInEnglishWordsForTheEncoderAndAnEnglishOneIsLeftAlone()
    {
        Assert.Contains("music", Lexicon.RenderEnglish("Nous voulons une école de musique."), StringComparison.Ordinal);
        Assert.Equal("We want a music school.", Lexicon.RenderEnglish("We want a music school."));
    }

    [Fact]
    public void WithTheLexiconAFrenchNeedIsCloserToTheEnglishOfferThatSaysTheSameThing()
    {
        var model = TextModel.Default.WithLexicon(Lexicon).WithWeights([0, 0, 0, 0, 0, 1, 0, 0]);
        const string Needs = "Nous voulons ouvrir une bibliothèque pour les enfants et former des bibliothécaires.";

        var library = model.Similarity(Needs, "We can share how our city opened children's libraries and trained librarians.");
        var pottery = model.Similarity(Needs, "Our potters teach glazing and kiln firing to young craftspeople.");

        Assert.True(library > pottery, $"library {library:F3}, pottery {pottery:F3}");
    }

    [Fact]
    public void AWordAndItsTranslationShowAsASharedTermInTheReadersWords()
    {
        var model = TextModel.Default.WithLexicon(Lexicon).WithWeights([0, 0, 0, 0, 0, 1, 0, 0]);
        const string Needs = "Nous voulons ouvrir une bibliothèque pour les enfants.";
        const string Offer = "We opened children's libraries in every district.";
        var vectors = model.Featurize([Needs, Offer]);

        var terms = Matchmaking.Engine.Pairing.SharedTerms.Top(vectors[0], vectors[1], model.Space, Needs, Offer);

        Assert.Contains(terms, t => t.Term == "bibliothèque / libraries");
    }

    [Fact]
    public void AModelFittedWithTheLexiconSaysSoInItsVersionWhenItRunsWithoutIt()
    {
        var fitted = TextModel.Default.WithLexicon(Lexicon).WithWeights([1, 0, 0, 0, 0, 1, 0, 0]);
        using var saved = new MemoryStream();
        fitted.Save(saved);
        saved.Position = 0;

        var loaded = TextModel.Load(saved);

        Assert.Equal(fitted.Version + "-nolex", loaded.Version);
        Assert.Equal(fitted.Version, loaded.WithLexicon(Lexicon).Version);
    }
}
