namespace Matchmaking.Engine.Pairing;

public enum EligibilityMode
{
    /// <summary>All rules of the cooperation framework's call: region, deadline, cooldown, country quota.</summary>
    Call,

    /// <summary>Only field, membership, language and capacity; for other programmes and scale runs.</summary>
    None,
}
