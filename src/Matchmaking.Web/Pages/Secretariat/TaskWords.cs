using Matchmaking.Core.FollowUps;
using Matchmaking.Core.Notifications;
using Matchmaking.Web.Localization;
using Microsoft.Extensions.Localization;

namespace Matchmaking.Web.Pages.Secretariat;

/// <summary>A follow-up task in the reader's words: its kind ("code: escalation"), and the pair it is about as the data writes it.</summary>
internal static class TaskWords
{
    /// <summary>The task's kind in words (« relance de la ville mentor »).</summary>
    public static string Kind(IStringLocalizer<Texts> texts, FollowUpView task) => texts.Code(task.Kind);

    /// <summary>
    /// What the task is about: in English its stored subject ("Reminder to answer: Kumasi (GH) → Liverpool (GB)"); in French the
    /// kind in words and the pair (the subject's part after its first colon, which is the cities' own names).
    /// </summary>
    public static string Name(IStringLocalizer<Texts> texts, FollowUpView task)
    {
        ArgumentNullException.ThrowIfNull(task);
        if (PageLanguages.Current != MailLanguage.French)
        {
            return task.Subject;
        }

        var colon = task.Subject.IndexOf(": ", StringComparison.Ordinal);
        return task.ProposalId is not null && colon >= 0
            ? Typography.Colon(Kind(texts, task), task.Subject[(colon + 2)..])
            : $"{Kind(texts, task)} ({task.CallYear})";
    }

    /// <summary>The pair a task is about, or nothing for a task of the whole call (French pages show the kind beside it).</summary>
    public static string About(FollowUpView task)
    {
        ArgumentNullException.ThrowIfNull(task);
        var colon = task.Subject.IndexOf(": ", StringComparison.Ordinal);
        return PageLanguages.Current != MailLanguage.French ? task.Subject
            : task.ProposalId is not null && colon >= 0 ? task.Subject[(colon + 2)..] : "";
    }
}
