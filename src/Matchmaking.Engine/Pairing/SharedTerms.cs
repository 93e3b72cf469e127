using Matchmaking.Engine.Text;

namespace Matchmaking.Engine.Pairing;

/// <summary>
/// The terms behind a similarity, in words a coordinator reads: each shared feature contributes the product of its two
/// weights, and the contributions sum to the cosine. A shared word or pair of words shows as itself; a shared character
/// n-gram is credited to the words holding it, "musique / music" when they differ; a shared thesaurus concept shows as the
/// concept's name ("cultural heritage" is how "patrimoine" meets "heritage"); a stem the lexicon gave both texts shows as
/// the words that gave it ("bibliothèques / library"). Hashed words and WordNet's related words are left out.
/// </summary>
internal static class SharedTerms
{
    public const int Count = 6;

    public static IReadOnlyList<TermContribution> Top(SparseVector applicant, SparseVector mentor, FeatureSpace space,
        string applicantText, string mentorText)
    {
        var totals = new Dictionary<string, double>(StringComparer.Ordinal);
        List<string>? applicantWords = null;
        List<string>? mentorWords = null;
        int i = 0, j = 0;
        while (i < applicant.Count && j < mentor.Count)
        {
            if (applicant.Ids[i] < mentor.Ids[j])
            {
                i++;
                continue;
            }

            if (applicant.Ids[i] > mentor.Ids[j])
            {
                j++;
                continue;
            }

            var id = applicant.Ids[i];
            var contribution = (double)applicant.Values[i] * mentor.Values[j];
            i++;
            j++;
            var name = space.Name(id);
            if (name.Length == 0)
            {
                continue;
            }

            string label;
            switch (space.GroupOf(id))
            {
                case FeatureGroup.Char:
                    applicantWords ??= TextNormalizer.Tokenize(applicantText);
                    mentorWords ??= TextNormalizer.Tokenize(mentorText);
                    var gram = CharGram(name);
                    // One letter comes only from a one-letter word, an elision's piece.
                    if (gram.Length < 2)
                    {
                        continue;
                    }

                    var fromApplicant = applicantWords.FirstOrDefault(w => w.Contains(gram, StringComparison.Ordinal)) ?? gram;
                    var fromMentor = mentorWords.FirstOrDefault(w => w.Contains(gram, StringComparison.Ordinal)) ?? gram;
                    label = string.Equals(fromApplicant, fromMentor, StringComparison.Ordinal)
                        ? fromApplicant
                        : $"{fromApplicant} / {fromMentor}";
                    break;
                case FeatureGroup.Bigram:
                    label = string.Join(' ', name.Split('|').Where(IsWord));
                    break;
                case FeatureGroup.Concept:
                    label = name.Replace('-', ' ').Replace('_', ' ');
                    break;
                case FeatureGroup.Lexical:
                    // A stem both texts hold, through a translation or an inflection: "bibliothèques / library".
                    var fromNeeds = space.Lexicon?.WordFor(applicantText, name);
                    var fromOffer = space.Lexicon?.WordFor(mentorText, name);
                    label = fromNeeds is null || fromOffer is null ? ""
                        : string.Equals(fromNeeds, fromOffer, StringComparison.Ordinal) ? fromNeeds : $"{fromNeeds} / {fromOffer}";
                    break;
                default:
                    label = IsWord(name) ? name : "";
                    break;
            }

            if (label.Length == 0)
            {
                continue;
            }

            totals[label] = totals.GetValueOrDefault(label) + contribution;
        }

        return [.. totals.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).Take(Count)
            .Select(p => new TermContribution(p.Key, Math.Round(p.Value, 6)))];
    }

    /// <summary>
    /// The word pipeline splits on apostrophes, so French elisions leave pieces ("l'auteur" gives "l" and "auteur", "droits
    /// d'auteur" the pair "d auteur"). They count in the similarity like any token, but a coordinator reads words: a piece is
    /// dropped from a label, and a pair that was half a piece shows as its one word (its weight is added to that word's).
    /// </summary>
    private static bool IsWord(string token) => token.Length > 1 && !ElidedForms.Contains(token);

    /// <summary>The elided forms longer than one letter ("jusqu'à", "lorsqu'il", "puisqu'on", "quelqu'un").</summary>
    private static readonly HashSet<string> ElidedForms = new(["qu", "jusqu", "lorsqu", "puisqu", "quoiqu", "quelqu"], StringComparer.Ordinal);

    /// <summary>The letters of a character n-gram's slot name ("m|u|s|&lt;ETX&gt;" → "mus"), without the word markers.</summary>
    private static string CharGram(string slotName)
    {
        var letters = slotName.Split('|')
            .Where(part => part.Length == 1 && char.IsLetterOrDigit(part[0]))
            .Select(part => part[0]);
        return string.Concat(letters);
    }
}
