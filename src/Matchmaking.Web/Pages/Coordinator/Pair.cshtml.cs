using Matchmaking.Core.Applicants;
using Matchmaking.Core.Calls;
using Matchmaking.Core.Mentors;
using Matchmaking.Core.Outcomes;
using Matchmaking.Core.Proposals;
using Matchmaking.Engine.Domain;
using Matchmaking.Engine.Pairing;
using Matchmaking.Web.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Matchmaking.Web.Pages.Coordinator;

/// <summary>
/// Pairs an applicant of the coordinator's field by hand: every offer of the field with the engine's score, the terms behind
/// it and the places left, through the same <see cref="HandPairing"/> as <c>POST /api/calls/{year}/applicants/{id}/pair</c>.
/// </summary>
public sealed class PairModel(HandPairing pairing, ApplicantStore applicants, MentorStore mentors, IStringLocalizer<Texts> T) : AppPage
{
    public int Year { get; private set; }
    internal HandPairChoices Choices { get; private set; } = null!;
    internal ApplicantProfile? Applicant { get; private set; }
    private Dictionary<string, MentorOffer> offers = new(StringComparer.Ordinal);

    public async Task<IActionResult> OnGetAsync(int year, string applicant, CancellationToken cancellationToken)
    {
        Year = year;
        if (await pairing.ChoicesAsync(year, applicant, cancellationToken) is not { } choices)
        {
            return NotFoundSaying(year > 0
                ? T["There is no applicant {0} in the {1} call.", applicant ?? "", year]
                : T["There is no applicant {0}.", applicant ?? ""]);
        }

        if (!Actor.CanReview(choices.Options.Field))
        {
            return Forbid();
        }

        Choices = choices;
        Applicant = (await applicants.ListAsync(year, cancellationToken)).FirstOrDefault(a => a.Id == applicant);
        offers = (await mentors.ListAsync(year, cancellationToken)).ToDictionary(m => m.Id, StringComparer.Ordinal);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int year, string? applicant, string? mentorId, string? note, CancellationToken cancellationToken)
    {
        // A form sent without its applicant (or call) has no pair page to go back to: the list of proposals says what to do.
        if (string.IsNullOrWhiteSpace(applicant) || year is < CallStore.MinYear or > CallStore.MaxYear)
        {
            Flash = T["Choose the applicant to pair from the list of proposals."];
            return Redirect("/coordinator");
        }

        if (string.IsNullOrWhiteSpace(mentorId))
        {
            Flash = T["Choose a mentor city first."];
            return Redirect(Here(year, applicant));
        }

        var outcome = await pairing.PairAsync(year, applicant, mentorId, Actor, string.IsNullOrWhiteSpace(note) ? null : note.Trim(),
            cancellationToken);
        switch (outcome.Refusal)
        {
            case null:
                var p = outcome.Value!.Proposal;
                Flash = T["{0}: paired by hand with {1}; the mentor city is asked.", p.Applicant.City ?? p.Applicant.Id, p.Mentor.City ?? p.Mentor.Id];
                return Redirect($"/coordinator?year={year}#proposal-{p.Id}");
            case { Kind: RefusalKind.NotFound }:
                return NotFound();
            case { Kind: RefusalKind.Forbidden }:
                return Forbid();
            case { } refusal:
                Flash = T.Say(refusal.Reason);
                return Redirect(Here(year, applicant));
        }
    }

    public string MentorName(string mentorId) =>
        offers.TryGetValue(mentorId, out var m) ? $"{m.City} ({m.CountryCode})" : mentorId;

    public int Room(MentorOption option) => Choices.Room.GetValueOrDefault(option.MentorId);

    public bool CanChoose(MentorOption option) =>
        Choices.Options.Excluded is null && Choices.RoundId is not null && option.NotAdmissible is null && Room(option) > 0;

    /// <summary>Why an offer cannot be chosen, as a reason code; null when it can.</summary>
    public string? WhyNot(MentorOption option) =>
        option.NotAdmissible is { } reason ? reason
        : Choices.RoundId is null ? null
        : Room(option) <= 0 ? "no_place_left"
        : null;

    private static string Here(int year, string applicant) =>
        $"/coordinator/pair?year={year}&applicant={Uri.EscapeDataString(applicant)}";
}
