using Dapper;
using Matchmaking.Core.Applicants;
using Matchmaking.Core.Calls;
using Matchmaking.Core.Designations;
using Matchmaking.Core.Mentors;
using Matchmaking.Core.Proposals;
using Matchmaking.Core.ReferenceData;
using Matchmaking.Engine.Domain;
using Matchmaking.Engine.Pairing;
using Npgsql;

namespace Matchmaking.Core.Rounds;

/// <summary>
/// What the engine is given for a call: every applicant (with the unsuccessful years the designations recorded), every offer,
/// the reference data, and the pairs already decided. A round and a coordinator pairing by hand read the same request.
/// </summary>
public sealed class RoundInputs(
    NpgsqlDataSource dataSource, CallStore calls, ApplicantStore applicants, MentorStore mentors, DesignationStore designations)
{
    /// <summary>The request, with the pairs kept (<paramref name="fixedPairs"/>) and never proposed again (<paramref name="forbidden"/>).</summary>
    public async Task<PairingRequest> LoadAsync(
        int year, IReadOnlyList<PairKey> fixedPairs, IReadOnlyList<PairKey> forbidden, CancellationToken cancellationToken)
    {
        var call = await calls.GetAsync(year, cancellationToken) ?? throw new CallNotFoundException(year);
        var reference = ReferenceDataSet.Load();
        // The pause rule reads the years each city declares and the earlier calls where it was recorded not designated.
        var history = await designations.HistoryAsync(year, cancellationToken);
        var allApplicants = (await applicants.ListAsync(year, cancellationToken)).Select(a =>
            history.TryGetValue((CityNames.Key(a.City), a.CountryCode), out var years)
                ? a with { PreviousCalls = [.. a.PreviousCalls.Union(years).Order()] }
                : a).ToList();
        return new PairingRequest
        {
            Call = call.ToSchedule(),
            // A re-run for one field still screens the whole call: the country quota counts every field's applicants.
            Applicants = allApplicants,
            Mentors = await mentors.ListAsync(year, cancellationToken),
            Members = reference.Members,
            EligibleCountryCodes = reference.EligibleCountryCodes,
            Fixed = fixedPairs,
            Forbidden = forbidden,
            Previous = await LatestPendingAsync(year, cancellationToken),
        };
    }

    /// <summary>The request with the call's decisions as they stand: each pair's latest state.</summary>
    public async Task<PairingRequest> LoadAsync(int year, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var rows = (await connection.QueryAsync<(string ApplicantId, string MentorId, string Status)>(new CommandDefinition("""
            SELECT DISTINCT ON (applicant_id, mentor_id) applicant_id, mentor_id, status
            FROM proposals WHERE call_year = @year
            ORDER BY applicant_id, mentor_id, round_id DESC
            """, new { year }, cancellationToken: cancellationToken))).AsList();
        List<PairKey> With(IReadOnlyList<ProposalStatus> statuses) =>
            [.. rows.Where(r => statuses.Contains(ProposalStatuses.Parse(r.Status))).Select(r => new PairKey(r.ApplicantId, r.MentorId))];
        return await LoadAsync(year, With(ProposalStatuses.Fixed), With(ProposalStatuses.Forbidden), cancellationToken);
    }

    /// <summary>Pending proposals of the latest completed round: a re-run keeps as many of them as it can.</summary>
    private async Task<IReadOnlyList<PairKey>> LatestPendingAsync(int year, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var rows = await connection.QueryAsync<(string ApplicantId, string MentorId)>(new CommandDefinition("""
            SELECT p.applicant_id, p.mentor_id FROM proposals p
            WHERE p.call_year = @year AND p.status = @proposed AND p.round_id = current_round(p.call_year, p.creative_field)
            """, new { year, proposed = ProposalStatus.Proposed.Code() }, cancellationToken: cancellationToken));
        return rows.Select(r => new PairKey(r.ApplicantId, r.MentorId)).ToList();
    }
}
