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
            TextModelOptions.Default);
        using var stream = new MemoryStream();
        model.Save(stream);
        stream.Position = 0;
        var loaded = TextModel.Load(stream);
        Assert.Equal(model.Version, loaded.Version);
        Assert.Equal(model.VocabularySize, loaded.VocabularySize);
        Assert.Equal(model.GroupWeights, loaded.GroupWeights);
        Assert.Equal(model.Similarity("music festival", "film festival"), loaded.Similarity("music festival", "film festival"), 6);
        Assert.Equal(model.ConceptCount, loaded.ConceptCount);
        Assert.Equal(model.Similarity("patrimoine", "heritage"), loaded.Similarity("patrimoine", "heritage"), 6);
        Assert.True(loaded.Similarity("patrimoine", "heritage") > 0);
    }

    [Fact]
    public void TheSavedModelIsAnMlNetZipThatMlContextLoads()
    {
        using var stream = new MemoryStream();
        Model.Save(stream);
        stream.Position = 0;
        var ml = new Microsoft.ML.MLContext(seed: 1);
        ml.ComponentCatalog.RegisterAssembly(typeof(TextModel).Assembly);
        var transformer = ml.Model.Load(stream, out var schema);
        Assert.Contains(schema, c => c.Name == "Text");
        Assert.Contains(transformer.GetOutputSchema(schema), c => c.Name == "Words");
    }

    [Fact]
    public void FittingTwiceOnTheSameCorpusGivesTheSameVersion()
    {
        string[] corpus = ["music festival", "film festival", "ceramics school"];
        Assert.Equal(TextModel.Fit(corpus, TextModelOptions.Default).Version, TextModel.Fit(corpus, TextModelOptions.Default).Version);
        Assert.NotEqual(TextModel.Fit(corpus, TextModelOptions.Default).Version,
            TextModel.Fit(corpus, TextModelOptions.Default with { CharNgramLength = 3 }).Version);
    }

    [Fact]
    public void ABatchGivesTheSameVectorsAsOneTextAtATime()
    {
        var texts = Enumerable.Range(0, 5000).Select(i => $"festival {i} de musique et atelier de céramique numéro {i % 17}").ToList();
        var batch = Model.Featurize(texts);
        foreach (var i in new[] { 0, 1, 2047, 2048, 4097, 4999 })
        {
            var single = Model.Featurize([texts[i]])[0];
            Assert.Equal(single.Ids, batch[i].Ids);
            Assert.Equal(1.0, single.Dot(batch[i]), 5);
        }
    }

    [Fact]
    public void WordsNeverSeenWhenFittingAndEmptyTextsGiveNoSimilarityRatherThanAnError()
    {
        Assert.Equal(0.0, Model.Similarity("zyxwv qwertz", "zyxwv qwertz"));
        Assert.Equal(0.0, Model.Similarity("", "music festival"));
    }

    [Fact]
    public void TheHandWrittenArtifactFromBeforeMlNetIsRefusedClearly()
    {
        var bytes = "# matchmaking text model\nformat=2\n"u8.ToArray();
        var error = Assert.Throws<InvalidDataException>(() => TextModel.Load(new MemoryStream(bytes)));
        Assert.Contains("matchmaking text model", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LoadingSomethingElseFailsClearly() =>
        Assert.Throws<InvalidDataException>(() => TextModel.Load(new MemoryStream("not a model"u8.ToArray())));
}
