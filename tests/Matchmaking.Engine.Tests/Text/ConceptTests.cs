using Matchmaking.Engine.Pairing;
using Matchmaking.Engine.Text;

namespace Matchmaking.Engine.Tests.Text;

/// <summary>The thesaurus layer: where French and English, and synonyms, meet although they share no letters.</summary>
public class ConceptTests
{
    private static readonly TextModel Model = TextModel.Default;

    private static readonly Lazy<TextModel> WithoutConcepts = new(() =>
    {
        var files = Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "ml-models", "corpus"), "*.txt").Order(StringComparer.Ordinal);
        var corpus = TextModelTrainer.ReadDocuments([.. files.Select(f => (Stream)File.OpenRead(f))]);
        return TextModel.Fit(corpus, Model.Options with { ConceptWeight = 0 });
    });

    private static HashSet<string> ConceptsOf(string text)
    {
        var thesaurus = ConceptThesaurus.BuiltIn;
        var found = new HashSet<string>(StringComparer.Ordinal);
        ConceptThesaurus.Match([.. TextNormalizer.Words(text).Select(thesaurus.Lookup)], c => found.Add(thesaurus.Concepts[c].Id));
        return found;
    }

    [Fact]
    public void AFrenchHeritageNeedRanksTheEnglishHeritageOfferFirst()
    {
        const string needs =
            "Nous voulons inventorier notre patrimoine immatériel et transmettre le savoir-faire de nos anciens aux apprentis.";
        const string heritage = "Living heritage inventories: recording the know-how of elders and handing it down to the next generation.";
        string[] distractors =
        [
            "Export readiness for handicraft producers: pricing, e-commerce and trade fairs abroad.",
            "A pottery school with shared kilns and glaze courses for young potters.",
            "Leather tanning with vegetable dyes and design of leather goods.",
        ];
        var right = Model.Similarity(needs, heritage);
        foreach (var distractor in distractors)
        {
            var other = Model.Similarity(needs, distractor);
            Assert.True(right > other, $"heritage offer {right:F3} vs '{distractor}' {other:F3}");
        }
    }

    [Theory]
    [InlineData("patrimoine", "heritage")]
    [InlineData("livre", "book")]
    [InlineData("cinéma", "movie")]
    [InlineData("savoir-faire", "know-how")]
    [InlineData("cuisine", "food")]
    [InlineData("édition", "publishing")]
    [InlineData("formation", "training")]
    public void FrenchAndEnglishWordsWithNoCommonRootMeetOnlyThroughTheThesaurus(string french, string english)
    {
        Assert.True(Model.Similarity(french, english) > 0, $"{french}/{english}: {Model.Similarity(french, english):F3}");
        Assert.Equal(0.0, WithoutConcepts.Value.Similarity(french, english));
    }

    [Theory]
    [InlineData("movie", "film", "film")]
    [InlineData("handicraft", "crafts", "crafts")]
    [InlineData("culinary", "cuisine", "food")]
    [InlineData("new media", "digital art", "digital-art")]
    [InlineData("artisanat", "handmade", "crafts")]
    [InlineData("bookmobile", "bibliobus", "mobile-library")]
    public void SynonymsShareAConcept(string one, string other, string concept)
    {
        Assert.Contains(concept, ConceptsOf(one));
        Assert.Contains(concept, ConceptsOf(other));
        Assert.True(Model.Similarity(one, other) > WithoutConcepts.Value.Similarity(one, other));
    }

    [Theory]
    [InlineData("PATRIMOINE IMMATÉRIEL", "patrimoine immateriel")]
    [InlineData("Savoir-Faire", "savoir faire")]
    [InlineData("Réalité Virtuelle", "realite virtuelle")]
    [InlineData("Bibliothèques", "bibliotheque")]
    public void ConceptMatchingIgnoresCaseDiacriticsHyphensAndPlurals(string written, string plain)
    {
        var concepts = ConceptsOf(written);
        Assert.NotEmpty(concepts);
        Assert.Equal(ConceptsOf(plain), concepts);
    }

    [Fact]
    public void PhrasesMatchAcrossStopWordsButTheirWordsAloneDoNot()
    {
        Assert.Contains("online-sales", ConceptsOf("Nous voulons développer la vente en ligne."));
        Assert.Contains("know-how", ConceptsOf("They hold a precious know-how."));
        Assert.DoesNotContain("know-how", ConceptsOf("We want to know the dates of the call."));
        Assert.DoesNotContain("online-sales", ConceptsOf("vente de billets, spectacle en ligne droite"));
    }

    [Fact]
    public void EveryFormOfTheThesaurusFindsItsConcept()
    {
        var failures = new List<string>();
        foreach (var concept in ConceptThesaurus.BuiltIn.Concepts)
        {
            foreach (var form in concept.English.Concat(concept.French))
            {
                if (!ConceptsOf(form.Replace("*", "", StringComparison.Ordinal)).Contains(concept.Id))
                {
                    failures.Add($"{concept.Id}: '{form}'");
                }
            }
        }

        Assert.Empty(failures);
    }

    [Fact]
    public void ConceptIdsAreUnique() =>
        Assert.Equal(ConceptThesaurus.BuiltIn.Concepts.Count, ConceptThesaurus.BuiltIn.Concepts.Select(c => c.Id).Distinct().Count());

    [Fact]
    public void TheExplanationNamesTheConceptAFrenchNeedSharesWithAnEnglishOffer()
    {
        const string needs = "Sauvegarder notre patrimoine.";
        const string offer = "Safeguarding cultural heritage.";
        var vectors = Model.Featurize([needs, offer]);
        var shared = SharedTerms.Top(vectors[0], vectors[1], Model.Space, needs, offer);
        Assert.Contains(shared, t => t.Term == "heritage");
        Assert.DoesNotContain(shared, t => t.Term.Contains(':', StringComparison.Ordinal) || t.Term.Contains('~', StringComparison.Ordinal));
    }
}
