using Matchmaking.Engine.Domain;
using Matchmaking.Engine.Text;

namespace Matchmaking.Engine.Pairing;

/// <summary>Each offer's expertise vector, computed once per run (by reference: records compare by value, which is slower).</summary>
internal sealed class OfferVectors(Featurizer featurizer)
{
    private readonly Dictionary<MentorOffer, SparseVector> cache = new(ReferenceEqualityComparer.Instance);

    public SparseVector Of(MentorOffer offer)
    {
        if (!cache.TryGetValue(offer, out var vector))
        {
            cache[offer] = vector = featurizer.Featurize(offer.Expertise);
        }

        return vector;
    }
}
