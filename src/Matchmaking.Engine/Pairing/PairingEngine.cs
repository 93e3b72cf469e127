using Matchmaking.Engine.Text;

namespace Matchmaking.Engine.Pairing;

/// <summary>
/// The pairing round: the call's rules, text similarity, an exact optimal assignment and explanations.
/// Pure: records in, records out; the same request and model always give the same result.
/// </summary>
public static class PairingEngine
{
    public static PairingResult Run(PairingRequest request, TextModel model, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(model);
        return new PairingRun(request, model, cancellationToken).Execute();
    }

    /// <summary>
    /// One applicant against every offer of its field, scored as a round scores them, for pairing by hand; null when the
    /// request has no well-formed applicant with that id.
    /// </summary>
    public static PairOptions? Options(PairingRequest request, string applicantId, TextModel model, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(model);
        return OptionsRun.For(request, applicantId, model, cancellationToken);
    }

    /// <summary>
    /// The texts whose sentence embeddings a run of this request can use (each applicant's needs and profile, each offer's
    /// expertise, as the model renders them for the encoder: French texts in English words), distinct and in a stable order.
    /// The host embeds them (or reads them from its store) and hands them back in <see cref="PairingRequest.Embeddings"/>.
    /// </summary>
    public static IReadOnlyList<string> TextsToEmbed(PairingRequest request, TextModel model)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(model);
        var texts = request.Applicants.Where(a => a is not null).SelectMany(a => new[] { a.Needs, a.Profile })
            .Concat(request.Mentors.Where(m => m is not null).Select(m => m.Expertise));
        return TextEmbeddings.TextsFor(texts, model.EmbeddingText);
    }
}
