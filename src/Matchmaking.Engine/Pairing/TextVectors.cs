using Matchmaking.Engine.Domain;
using Matchmaking.Engine.Text;

namespace Matchmaking.Engine.Pairing;

/// <summary>
/// The vectors of a run's texts, featurized in one batch through the model's transformer (one data view per run, not a
/// prediction per text). Keyed by reference: records compare by value, which is slower and would merge equal records.
/// </summary>
internal sealed class TextVectors
{
    private readonly TextModel model;
    private readonly TextEmbeddings embeddings;
    private readonly Dictionary<ApplicantProfile, SparseVector> applicants = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<MentorOffer, SparseVector> offers = new(ReferenceEqualityComparer.Instance);

    private TextVectors(TextModel model, TextEmbeddings embeddings)
    {
        this.model = model;
        this.embeddings = embeddings;
    }

    public static TextVectors Build(TextModel model, IReadOnlyCollection<ApplicantProfile> applicants, IReadOnlyCollection<MentorOffer> offers,
        TextEmbeddings embeddings, CancellationToken cancellationToken)
    {
        var vectors = new TextVectors(model, embeddings);
        var distinctApplicants = applicants.Distinct(ReferenceEqualityComparer.Instance).Cast<ApplicantProfile>().ToList();
        var distinctOffers = offers.Distinct(ReferenceEqualityComparer.Instance).Cast<MentorOffer>().ToList();
        var texts = new List<string?>((2 * distinctApplicants.Count) + distinctOffers.Count);
        foreach (var applicant in distinctApplicants)
        {
            texts.Add(applicant.Needs);
            texts.Add(applicant.Profile);
        }

        texts.AddRange(distinctOffers.Select(o => o.Expertise));
        var featurized = model.Featurize(texts, embeddings, cancellationToken);
        for (var i = 0; i < distinctApplicants.Count; i++)
        {
            vectors.applicants[distinctApplicants[i]] =
                SparseVector.Blend(featurized[2 * i], featurized[(2 * i) + 1], model.Options.ProfileWeight);
        }

        for (var i = 0; i < distinctOffers.Count; i++)
        {
            vectors.offers[distinctOffers[i]] = featurized[(2 * distinctApplicants.Count) + i];
        }

        return vectors;
    }

    public SparseVector Of(ApplicantProfile applicant)
    {
        if (!applicants.TryGetValue(applicant, out var vector))
        {
            var pair = model.Featurize([applicant.Needs, applicant.Profile], embeddings);
            applicants[applicant] = vector = SparseVector.Blend(pair[0], pair[1], model.Options.ProfileWeight);
        }

        return vector;
    }

    public SparseVector Of(MentorOffer offer)
    {
        if (!offers.TryGetValue(offer, out var vector))
        {
            offers[offer] = vector = model.Featurize([offer.Expertise], embeddings)[0];
        }

        return vector;
    }
}
