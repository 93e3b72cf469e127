using Matchmaking.Engine.Domain;

namespace Matchmaking.Engine.Text;

/// <summary>
/// An external evaluation call: each query (an applicant's needs and profile) is ranked against the offers of its field, and
/// any of its acceptable offers first is a hit. Read by the host (the engine does no I/O).
/// </summary>
public sealed record DevelopmentCall
{
    public required string Name { get; init; }
    public required IReadOnlyList<DevelopmentQuery> Queries { get; init; }
    public required IReadOnlyList<DevelopmentOffer> Offers { get; init; }
}

/// <summary>An applicant of a <see cref="DevelopmentCall"/> and the offers that are right for it.</summary>
public sealed record DevelopmentQuery(string Id, CreativeField Field, string Needs, string Profile, IReadOnlyList<string> Acceptable);

/// <summary>An offer of a <see cref="DevelopmentCall"/>.</summary>
public sealed record DevelopmentOffer(string Id, CreativeField Field, string Expertise);
