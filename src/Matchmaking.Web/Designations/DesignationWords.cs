using Matchmaking.Core.Designations;
using Matchmaking.Web.Localization;
using Microsoft.Extensions.Localization;

namespace Matchmaking.Web.Designations;

/// <summary>What the API and the designations page say once a call's designations are recorded, in the reader's language.</summary>
internal static class DesignationWords
{
    public static string Recorded(IStringLocalizer<Texts> texts, DesignationsRecorded recorded) =>
        texts["Recorded for the call {0}: {1}, {2} (kept as call history).", recorded.Year,
            texts.Counted(recorded.Designated, "designated"), texts.Counted(recorded.NotDesignated, "not_designated")];
}
