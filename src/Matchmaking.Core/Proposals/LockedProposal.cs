using System.Text.Json;
using Matchmaking.Engine.Pairing;

namespace Matchmaking.Core.Proposals;

/// <summary>A proposal row held <c>FOR UPDATE</c> while a decision on it is checked and applied.</summary>
internal sealed class LockedProposal
{
    public long Id { get; init; }
    public long RoundId { get; init; }
    public int CallYear { get; init; }
    public string ApplicantId { get; init; } = "";
    public string MentorId { get; init; } = "";
    public string CreativeField { get; init; } = "";
    public string Status { get; init; } = "";
    public ProposalStatus State => ProposalStatuses.Parse(Status);
    public string Alternatives { get; init; } = "[]";
    public string? MentorCity { get; init; }
    public string? MentorCountry { get; init; }

    /// <summary>The engine's alternative naming this mentor, if the engine offered one.</summary>
    public Alternative? AlternativeFor(string mentorId) => AlternativeList().FirstOrDefault(a => a.MentorId == mentorId);

    /// <summary>The engine's alternatives for the applicant, best first.</summary>
    public IReadOnlyList<Alternative> AlternativeList() =>
        JsonSerializer.Deserialize<List<Alternative>>(Alternatives, JsonDefaults.Options) ?? [];
}
