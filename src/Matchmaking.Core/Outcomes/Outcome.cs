namespace Matchmaking.Core.Outcomes;

/// <summary>
/// What every command of the services answers: its value when it was carried out, else a <see cref="Outcomes.Refusal"/>.
/// No English sentence, no null as refusal, no exception for a refusal a person can correct.
/// </summary>
public sealed record Outcome<T>
{
    private Outcome(T? value, Refusal? refusal)
    {
        Value = value;
        Refusal = refusal;
    }

    public T? Value { get; }

    public Refusal? Refusal { get; }

    public bool Succeeded => Refusal is null;

#pragma warning disable CA2225 // The conversions are the point: a service returns its value or its refusal as is.
    public static implicit operator Outcome<T>(T value) => new(value, null);

    public static implicit operator Outcome<T>(Refusal refusal) => new(default, refusal ?? throw new ArgumentNullException(nameof(refusal)));
#pragma warning restore CA2225
}

/// <summary>The value of a command that has nothing to give back but that it was done.</summary>
public sealed record Done
{
    public static readonly Done Value = new();

    private Done()
    {
    }
}
