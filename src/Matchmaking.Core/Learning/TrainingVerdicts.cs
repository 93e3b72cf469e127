using Matchmaking.Engine.Text;

namespace Matchmaking.Core.Learning;

/// <summary>The one place that writes a verdict as <c>model_versions.verdict</c> stores it.</summary>
public static class TrainingVerdicts
{
    public static string Code(this TrainingVerdict verdict) => verdict switch
    {
        TrainingVerdict.Promoted => "promoted",
        TrainingVerdict.Unchanged => "unchanged",
        TrainingVerdict.WorseOnDecisions => "worse_on_decisions",
        TrainingVerdict.WorseOnDevelopmentCall => "worse_on_development_call",
        _ => throw new ArgumentOutOfRangeException(nameof(verdict), verdict, "Not a training verdict."),
    };

    public static TrainingVerdict Parse(string code) =>
        Enum.GetValues<TrainingVerdict>().FirstOrDefault(v => v.Code() == code) is var verdict && verdict.Code() == code
            ? verdict
            : throw new FormatException($"'{code}' is not a training verdict.");
}
