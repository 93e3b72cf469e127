using Matchmaking.Engine.Text;

namespace Matchmaking.Engine.Tests.Text;

public class TextModelTests
{
    private static readonly TextModel Model = TextModel.Default;

    [Fact]
    public void RelatedOfferRanksAboveAnUnrelatedOne()
    {
        const string needs = "We need help to organise a music festival and to train sound engineers.";
        var related = Model.Similarity(needs, "International music festival with showcases, sound engineering workshops and a music market.");
        var unrelated = Model.Similarity(needs, "Olive oil and spices: protected designations of origin and support to producers.");
        Assert.True(related > unrelated + 0.1, $"related {related:F3} vs unrelated {unrelated:F3}");
    }

    [Fact]
    public void FrenchNeedsFindTheEnglishOfferOnTheSameSubject()
    {
        const string needs = "Nous avons besoin d'organiser un festival de musique et de former des ingénieurs du son.";
        var related = Model.Similarity(needs, "International music festival with showcases and training for sound engineers.");
        var unrelated = Model.Similarity(needs, "Film archive restoration and digitisation of reels.");
        Assert.True(related > unrelated, $"related {related:F3} vs unrelated {unrelated:F3}");
    }

    [Fact]
    public void FrenchNeedsFindTheFrenchOfferOnTheSameSubject()
    {
        const string needs = "Nos potières veulent des fours partagés et une formation aux émaux de céramique.";
        var related = Model.Similarity(needs, "École de poterie et de céramique avec fours partagés et laboratoire d'émaux.");
        var unrelated = Model.Similarity(needs, "Bijouterie et orfèvrerie : formation au design et vente en ligne.");
        Assert.True(related > unrelated + 0.1, $"related {related:F3} vs unrelated {unrelated:F3}");
    }

    [Fact]
    public void DiacriticsAndCaseDoNotChangeTheSimilarity()
    {
        var plain = Model.Similarity("Ecole de ceramique", "poterie et ceramique");
        var accented = Model.Similarity("ÉCOLE DE CÉRAMIQUE", "Poterie et céramique");
        Assert.Equal(plain, accented, 6);
    }

    [Fact]
    public void SimilarityOfATextWithItselfIsOne() =>
        Assert.Equal(1.0, Model.Similarity("Film commission and location scouting", "Film commission and location scouting"), 5);

    [Fact]
    public void TextsWithOnlyStopWordsHaveNoSimilarity() => Assert.Equal(0.0, Model.Similarity("the and of", "le la les et"));

    [Fact]
    public void SavedModelLoadsWithTheSameVersionAndSimilarities()
    {
        var model = TextModel.Fit(["music festival and sound engineers", "film festival and archives", "pottery and ceramics school"],
            TextModelOptions.Default with { MinDocumentFrequency = 1 });
        using var stream = new MemoryStream();
        model.Save(stream);
        stream.Position = 0;
        var loaded = TextModel.Load(stream);
        Assert.Equal(model.Version, loaded.Version);
        Assert.Equal(model.VocabularySize, loaded.VocabularySize);
        Assert.Equal(model.Similarity("music festival", "film festival"), loaded.Similarity("music festival", "film festival"), 9);
        Assert.Equal(model.ConceptCount, loaded.ConceptCount);
        Assert.Equal(model.Similarity("patrimoine", "heritage"), loaded.Similarity("patrimoine", "heritage"), 9);
        Assert.True(loaded.Similarity("patrimoine", "heritage") > 0);
    }

    [Fact]
    public void FittingTwiceOnTheSameCorpusGivesTheSameVersion()
    {
        string[] corpus = ["music festival", "film festival", "ceramics school"];
        Assert.Equal(TextModel.Fit(corpus, TextModelOptions.Default).Version, TextModel.Fit(corpus.Reverse(), TextModelOptions.Default).Version);
        Assert.NotEqual(TextModel.Fit(corpus, TextModelOptions.Default).Version,
            TextModel.Fit(corpus, TextModelOptions.Default with { CharNgramMax = 4 }).Version);
    }

    [Fact]
    public void AnArtifactFromBeforeTheThesaurusStillLoadsAndMatchesWithoutConcepts()
    {
        const string formatOne = """
            # matchmaking text model
            format=1
            version=tfidf-ngram-1-000000000000
            documents=3
            charNgramMin=3
            charNgramMax=5
            wordBigrams=True
            wordWeight=1
            bigramWeight=0.5
            charWeight=1
            profileWeight=0.35
            minDocumentFrequency=1
            sublinearTf=True
            terms=2

            w:festival\t2
            w:music\t1
            """;
        // The raw string writes each tab as \t, visible here; Replace turns it into a real one.
        var bytes = System.Text.Encoding.UTF8.GetBytes(formatOne.Replace("\\t", "\t", StringComparison.Ordinal));
        var model = TextModel.Load(new MemoryStream(bytes));
        Assert.Equal("tfidf-ngram-1-000000000000", model.Version);
        Assert.Equal(0, model.ConceptCount);
        Assert.Equal(0, model.Options.ConceptWeight);
        Assert.Equal(0.0, model.Similarity("patrimoine", "heritage"));
        Assert.True(model.Similarity("music festival", "festival of music") > 0.5);
    }

    [Fact]
    public void LoadingSomethingElseFailsClearly() =>
        Assert.Throws<InvalidDataException>(() => TextModel.Load(new MemoryStream("not a model"u8.ToArray())));
}
