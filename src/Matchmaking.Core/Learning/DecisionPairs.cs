using Dapper;
using Matchmaking.Core.Proposals;
using Matchmaking.Engine.Text;
using Npgsql;

namespace Matchmaking.Core.Learning;

/// <summary>The coordinators' and mentors' decisions of every call, as labelled pairs with the applicant's and offer's texts.</summary>
public sealed class DecisionPairs(NpgsqlDataSource dataSource)
{
    /// <summary>
    /// Each pair's latest state labels it (<see cref="DecisionLabels"/>); a pair made by hand in place of another also says the
    /// replaced mentor was wrong for the applicant, unless that pair has a label of its own. Pairs whose applicant or offer
    /// was deleted since are left out.
    /// </summary>
    public async Task<IReadOnlyList<DecisionPair>> LoadAsync(CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var latest = (await connection.QueryAsync<PairState>(new CommandDefinition("""
            SELECT DISTINCT ON (call_year, applicant_id, mentor_id) call_year, applicant_id, mentor_id, status, origin, replaces_mentor_id
            FROM proposals
            ORDER BY call_year, applicant_id, mentor_id, id DESC
            """, cancellationToken: cancellationToken))).AsList();
        var labels = new Dictionary<(int Year, string Applicant, string Mentor), bool>();
        foreach (var pair in latest)
        {
            if (DecisionLabels.Of(ProposalStatuses.Parse(pair.Status), ProposalOrigins.Parse(pair.Origin)) is { } right)
            {
                labels[(pair.CallYear, pair.ApplicantId, pair.MentorId)] = right;
            }
        }

        foreach (var pair in latest.Where(p => p.ReplacesMentorId is not null
                     && ProposalOrigins.Parse(p.Origin) is ProposalOrigin.ByHand or ProposalOrigin.Alternative))
        {
            labels.TryAdd((pair.CallYear, pair.ApplicantId, pair.ReplacesMentorId!), false);
        }

        if (labels.Count == 0)
        {
            return [];
        }

        var years = labels.Keys.Select(k => k.Year).Distinct().ToArray();
        var applicants = (await connection.QueryAsync<ApplicantTexts>(new CommandDefinition(
                "SELECT call_year, id, needs, profile FROM applicants WHERE call_year = ANY(@years)", new { years },
                cancellationToken: cancellationToken)))
            .ToDictionary(a => (a.CallYear, a.Id));
        var offers = (await connection.QueryAsync<OfferText>(new CommandDefinition(
                "SELECT call_year, id, expertise FROM mentor_offers WHERE call_year = ANY(@years)", new { years },
                cancellationToken: cancellationToken)))
            .ToDictionary(o => (o.CallYear, o.Id));
        return
        [
            .. labels
                .Where(l => applicants.ContainsKey((l.Key.Year, l.Key.Applicant)) && offers.ContainsKey((l.Key.Year, l.Key.Mentor)))
                .OrderBy(l => l.Key.Year).ThenBy(l => l.Key.Applicant, StringComparer.Ordinal).ThenBy(l => l.Key.Mentor, StringComparer.Ordinal)
                .Select(l => new DecisionPair
                {
                    CallYear = l.Key.Year,
                    ApplicantId = l.Key.Applicant,
                    MentorId = l.Key.Mentor,
                    ApplicantNeeds = applicants[(l.Key.Year, l.Key.Applicant)].Needs,
                    ApplicantProfile = applicants[(l.Key.Year, l.Key.Applicant)].Profile,
                    OfferExpertise = offers[(l.Key.Year, l.Key.Mentor)].Expertise,
                    Right = l.Value,
                }),
        ];
    }

    private sealed class PairState
    {
        public int CallYear { get; init; }
        public string ApplicantId { get; init; } = "";
        public string MentorId { get; init; } = "";
        public string Status { get; init; } = "";
        public string Origin { get; init; } = "";
        public string? ReplacesMentorId { get; init; }
    }

    private sealed class ApplicantTexts
    {
        public int CallYear { get; init; }
        public string Id { get; init; } = "";
        public string Needs { get; init; } = "";
        public string Profile { get; init; } = "";
    }

    private sealed class OfferText
    {
        public int CallYear { get; init; }
        public string Id { get; init; } = "";
        public string Expertise { get; init; } = "";
    }
}
