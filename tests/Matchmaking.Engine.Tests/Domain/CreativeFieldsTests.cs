using Matchmaking.Engine.Domain;

namespace Matchmaking.Engine.Tests.Domain;

public sealed class CreativeFieldsTests
{
    [Theory]
    [InlineData("Crafts and Folk Art", CreativeField.CraftsAndFolkArt)]
    [InlineData("crafts_and_folk_art", CreativeField.CraftsAndFolkArt)]
    [InlineData("Crafts & Folk Art", CreativeField.CraftsAndFolkArt)]
    [InlineData("Crafts and Folk Arts", CreativeField.CraftsAndFolkArt)]
    [InlineData("Artisanat et arts populaires", CreativeField.CraftsAndFolkArt)]
    [InlineData("MEDIA ARTS", CreativeField.MediaArts)]
    [InlineData("media-art", CreativeField.MediaArts)]
    [InlineData("Arts numériques", CreativeField.MediaArts)]
    [InlineData("Cinéma", CreativeField.Film)]
    [InlineData("film", CreativeField.Film)]
    [InlineData("Gastronomie", CreativeField.Gastronomy)]
    [InlineData("Littérature", CreativeField.Literature)]
    [InlineData("Musique", CreativeField.Music)]
    [InlineData(" Design ", CreativeField.Design)]
    public void AFieldIsRecognisedInEnglishOrFrenchWhateverItsCaseAccentsOrPunctuation(string text, CreativeField expected)
    {
        Assert.True(CreativeFields.TryParse(text, out var field));
        Assert.Equal(expected, field);
    }

    [Theory]
    [InlineData("")]
    [InlineData("Sculpture")]
    [InlineData("Arts")]
    [InlineData(null)]
    public void AnythingElseIsNotAField(string? text) => Assert.False(CreativeFields.TryParse(text, out _));

    [Fact]
    public void EveryFieldReadsBackFromItsDisplayName() =>
        Assert.All(CreativeFields.All, f => Assert.Equal(f, CreativeFields.Parse(f.DisplayName())));
}
