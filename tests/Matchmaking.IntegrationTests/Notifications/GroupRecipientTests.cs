using Dapper;
using Matchmaking.Core.FollowUps;
using Matchmaking.Core.Notifications;
using Matchmaking.Core.Users;
using Matchmaking.Engine.Domain;
using Microsoft.Extensions.DependencyInjection;

namespace Matchmaking.IntegrationTests.Notifications;

/// <summary>
/// Mail addressed to a field's coordinators or to the secretariat reaches the e-mail of each of their user accounts,
/// in each one's language, over a real SMTP server (defect 17 of issue 21: it went to the fallback mailbox).
/// </summary>
public sealed class GroupRecipientTests(NotificationsFixture fixture) : IClassFixture<NotificationsFixture>
{
    private static readonly FollowUpTask Established = new()
    {
        CallYear = 2028, Kind = "established_notice", CreativeField = "Music", ApplicantId = "app-oran", ApplicantCity = "Oran",
        MentorId = "men-bologna", MentorCity = "Bologna",
    };

    [Fact]
    public async Task EachCoordinatorOfTheFieldReceivesTheCoordinatorNoticeAtTheirOwnAddressInTheirOwnLanguage()
    {
        await fixture.ResetAsync();
        await AddUserAsync("music-en", UserRole.Coordinator, CreativeField.Music, "music-en@ccn.test", "en");
        await AddUserAsync("music-fr", UserRole.Coordinator, CreativeField.Music, "music-fr@ccn.test", "fr");
        await AddUserAsync("music-no-mail", UserRole.Coordinator, CreativeField.Music, email: null, language: "fr");
        await AddUserAsync("film", UserRole.Coordinator, CreativeField.Film, "film@ccn.test", "en");

        await WriteAsync(FollowUpTexts.Established("proposal:4:established", Established)[1]);
        await DeliverAllAsync();

        var received = fixture.Sink.Received();
        Assert.Equal(["music-en@ccn.test", "music-fr@ccn.test"], received.SelectMany(m => m.RcptTos).Order(StringComparer.Ordinal));
        Assert.Equal("Partnership established: Oran ↔ Bologna", received.Single(m => m.RcptTos[0] == "music-en@ccn.test").Subject);
        var french = received.Single(m => m.RcptTos[0] == "music-fr@ccn.test");
        Assert.Equal("Partenariat établi\u00a0: Oran ↔ Bologna", french.Subject);
        Assert.Contains("La ville mentor Bologna a accepté le jumelage avec la ville candidate Oran.", french.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ASecretariatUserWithAnEMailReceivesTheSecretariatsMailAndTheFallbackMailboxNothing()
    {
        await fixture.ResetAsync();
        await AddUserAsync("ana", UserRole.Secretariat, field: null, "ana@ccn.test", "fr");
        await AddUserAsync("ben", UserRole.Secretariat, field: null, email: null, language: null);

        await WriteAsync(OutboxMessage.Bilingual("call:2028:escalation:secretariat", Recipient.Secretariat,
            ("1 applicant without an established partnership", "Oran (DZ, Music): no mentor"),
            ("1 ville candidate sans partenariat établi", "Oran (DZ, Music)\u00a0: aucun mentor")));
        await DeliverAllAsync();

        var mail = Assert.Single(fixture.Sink.Received());
        Assert.Equal(["ana@ccn.test"], mail.RcptTos);
        Assert.Equal("1 ville candidate sans partenariat établi", mail.Subject);
    }

    [Fact]
    public async Task AGroupWithoutAnyAddressStillReachesTheFallbackMailboxSayingWhomItWasFor()
    {
        await fixture.ResetAsync();
        await AddUserAsync("music-no-mail", UserRole.Coordinator, CreativeField.Music, email: null, language: null);

        await WriteAsync(FollowUpTexts.Established("proposal:5:established", Established)[1]);
        await DeliverAllAsync();

        var mail = Assert.Single(fixture.Sink.Received());
        Assert.Equal([NotificationsFixture.Fallback], mail.RcptTos);
        Assert.Equal("[for coordinator:Music] Partnership established: Oran ↔ Bologna", mail.Subject);
    }

    private async Task AddUserAsync(string name, UserRole role, CreativeField? field, string? email, string? language)
    {
        await fixture.App.Services.GetRequiredService<UserStore>().AddOrRotateAsync(
            new NewUser { Name = name, Role = role, Field = field }, CancellationToken.None);
        await using var connection = fixture.App.OpenConnection();
        await connection.ExecuteAsync("UPDATE users SET email = @email, language = @language WHERE name = @name", new { name, email, language });
    }

    /// <summary>Writes a notice to the outbox as the follow-ups do, in a transaction of its own.</summary>
    private async Task WriteAsync(OutboxMessage message)
    {
        await using var connection = fixture.App.OpenConnection();
        await using var transaction = await connection.BeginTransactionAsync();
        await OutboxWriter.AddAsync(connection, transaction, message, followUpId: null, fixture.Clock.GetUtcNow(), CancellationToken.None);
        await transaction.CommitAsync();
    }

    private async Task DeliverAllAsync()
    {
        while ((await fixture.Delivery.DeliverDueAsync(CancellationToken.None)).Sent > 0)
        {
        }
    }
}
