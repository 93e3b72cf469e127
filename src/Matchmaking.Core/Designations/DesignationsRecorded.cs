namespace Matchmaking.Core.Designations;

/// <summary>What recording a call's designations did: how many applicants were recorded designated and not designated.</summary>
public sealed record DesignationsRecorded(int Year, int Designated, int NotDesignated);
