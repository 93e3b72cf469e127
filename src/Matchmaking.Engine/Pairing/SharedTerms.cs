using Matchmaking.Engine.Text;

namespace Matchmaking.Engine.Pairing;

/// <summary>
/// The terms behind a similarity: each shared feature contributes the product of its two weights, and the contributions sum
/// to the cosine. Character n-grams are credited to the words holding them, shown as "applicant word~mentor word" when the
/// words differ (how "musique" meets "music"); thesaurus concepts show as "concept:heritage" (how "patrimoine" meets "heritage").
/// </summary>
internal static class SharedTerms
{
    public const int Count = 6;

    public static IReadOnlyList<TermContribution> Top(SparseVector applicant, SparseVector mentor, TermIndex terms,
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

            var contribution = (double)applicant.Values[i] * mentor.Values[j];
            var key = terms.Term(applicant.Ids[i]);
            string label;
            if (key[0] == 'c')
            {
                applicantWords ??= TextNormalizer.Tokenize(applicantText);
                mentorWords ??= TextNormalizer.Tokenize(mentorText);
                var gram = key[2..].Trim('_');
                var fromApplicant = applicantWords.FirstOrDefault(w => w.Contains(gram, StringComparison.Ordinal)) ?? gram;
                var fromMentor = mentorWords.FirstOrDefault(w => w.Contains(gram, StringComparison.Ordinal)) ?? gram;
                label = string.Equals(fromApplicant, fromMentor, StringComparison.Ordinal)
                    ? fromApplicant
                    : $"{fromApplicant}~{fromMentor}";
            }
            else
            {
                label = key[0] == 'k' ? $"concept:{key[2..]}" : key[2..];
            }

            totals[label] = totals.GetValueOrDefault(label) + contribution;
            i++;
            j++;
        }

        return [.. totals.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).Take(Count)
            .Select(p => new TermContribution(p.Key, Math.Round(p.Value, 6)))];
    }
}
