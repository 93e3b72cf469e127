using Matchmaking.Core.Notifications;
using Matchmaking.Engine.Domain;

namespace Matchmaking.Tests.Notifications;

/// <summary>A recipient is written one way and read back as itself, including the labels stored before the type existed.</summary>
public sealed class RecipientTests
{
    public static TheoryData<string, RecipientKind, string> StoredLabels => new()
    {
        { "coordinator:Music", RecipientKind.FieldCoordinators, "Music" },
        { "coordinator:Crafts and Folk Art", RecipientKind.FieldCoordinators, "Crafts and Folk Art" },
        { "secretariat", RecipientKind.Secretariat, "" },
        { "applicant city Oran", RecipientKind.ApplicantCity, "Oran" },
        { "mentor city Bologna", RecipientKind.MentorCity, "Bologna" },
        { "mentor city Zahlé", RecipientKind.MentorCity, "Zahlé" },
        { "user:ana", RecipientKind.User, "ana" },
    };

    [Theory]
    [MemberData(nameof(StoredLabels))]
    public void EveryStoredLabelReadsAsTheRecipientItNamesAndIsWrittenBackTheSame(string label, RecipientKind kind, string name)
    {
        var recipient = Recipient.Parse(label);

        Assert.Equal((kind, name), (recipient.Kind, recipient.Name));
        Assert.Equal(label, recipient.Format());
    }

    [Fact]
    public void EachKindOfRecipientIsWrittenAsTheOutboxAndTheContactsAlwaysWroteIt()
    {
        Assert.Equal("coordinator:Media Arts", Recipient.Coordinators(CreativeField.MediaArts).Format());
        Assert.Equal("secretariat", Recipient.Secretariat.Format());
        Assert.Equal("applicant city Kumasi", Recipient.ApplicantCity("Kumasi").Format());
        Assert.Equal("mentor city Liverpool", Recipient.MentorCity("Liverpool").Format());
        Assert.Equal("user:music-coordinator", Recipient.User("music-coordinator").Format());
        Assert.True(Recipient.Coordinators(CreativeField.Music).IsGroup);
        Assert.True(Recipient.Secretariat.IsGroup);
        Assert.False(Recipient.User("ana").IsGroup);
    }

    [Theory]
    [InlineData("coordinator:music-coordinator", "music-coordinator")]
    [InlineData("secretariat:ana", "ana")]
    [InlineData("mentor:mentor-bologna", "mentor-bologna")]
    public void APersonNamedByTheirOldRoleLabelIsThatUserNotAWholeField(string label, string name) =>
        Assert.Equal(Recipient.User(name), Recipient.Parse(label));

    [Theory]
    [InlineData("")]
    [InlineData("bologna")]
    [InlineData("mentor city ")]
    [InlineData("user:")]
    public void ALabelThatNamesNoRecipientIsRefused(string label) => Assert.False(Recipient.TryParse(label, out _));
}
