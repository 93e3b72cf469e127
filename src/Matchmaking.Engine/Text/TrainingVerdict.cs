namespace Matchmaking.Engine.Text;

/// <summary>Whether a candidate trained from decisions replaces the current model, and if not, why.</summary>
public enum TrainingVerdict
{
    /// <summary>Not worse than the current model on the held-out decisions nor on the development call: it becomes active.</summary>
    Promoted,
    /// <summary>It learned the very weights of the current model: nothing to change.</summary>
    Unchanged,
    WorseOnDecisions,
    WorseOnDevelopmentCall,
}
