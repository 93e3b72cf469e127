using Matchmaking.Core.Notifications;

namespace Matchmaking.Core.FollowUps;

/// <summary>
/// The words of the pair's notices, in the call's two languages; each recipient reads one (<see cref="MailLanguage"/>).
/// Dates are the call's own, in Paris time.
/// </summary>
internal static class FollowUpTexts
{
    public static OutboxMessage AskMentor(string key, FollowUpTask t) => OutboxMessage.Bilingual(key, t.Mentor,
        ($"Please accept: mentoring {t.ApplicantCity} ({t.CreativeField})",
            (t.IsReoffer
                ? $"The mentor city first paired with {t.ApplicantLabel} could not take it up, and your city is the next best match in {t.CreativeField}. "
                : $"The {t.CreativeField} coordinator approved your pairing with {t.ApplicantLabel}. ")
            + $"Please accept or decline the pairing; the partnership must be in place by {FollowUpTask.InWords(t.PartnershipDeadline)}."),
        ($"Merci de confirmer{Nbsp}: accompagner {t.ApplicantCity} ({Fr(t)})",
            (t.IsReoffer
                ? $"La ville mentor proposée d'abord à la ville candidate {t.ApplicantCity} n'a pas pu accepter, et votre ville est la meilleure suivante dans le domaine {Fr(t)}. "
                : $"La coordination du domaine {Fr(t)} a approuvé votre jumelage avec la ville candidate {t.ApplicantCity}. ")
            + $"Merci d'accepter ou de refuser ce jumelage{Nbsp}; le partenariat doit être établi avant le {FrenchWords.Date(t.PartnershipDeadline)}."));

    public static OutboxMessage TellApplicant(string key, FollowUpTask t) => OutboxMessage.Bilingual(key, t.Applicant,
        t.IsReoffer
            ? ($"Your new proposed mentor city: {t.MentorCity} ({t.CreativeField})",
                $"Your first mentor city could not take up the pairing. {t.MentorLabel} is the next best match in {t.CreativeField} and has been asked to confirm.")
            : ($"Your proposed mentor city: {t.MentorCity} ({t.CreativeField})",
                $"The {t.CreativeField} coordinator paired you with {t.MentorLabel}; it has been asked to confirm."),
        t.IsReoffer
            ? ($"Votre nouvelle ville mentor proposée{Nbsp}: {t.MentorCity} ({Fr(t)})",
                $"Votre première ville mentor n'a pas pu accepter le jumelage. La ville mentor {t.MentorCity} est la meilleure suivante dans le domaine {Fr(t)}{Nbsp}; il lui a été demandé de confirmer.")
            : ($"Votre ville mentor proposée{Nbsp}: {t.MentorCity} ({Fr(t)})",
                $"La coordination du domaine {Fr(t)} vous a associée à la ville mentor {t.MentorCity}, à qui il a été demandé de confirmer."));

    public static OutboxMessage MentorReminder(string key, FollowUpTask t) => OutboxMessage.Bilingual(key, t.Mentor,
        ($"Reminder: please answer the pairing with {t.ApplicantCity}",
            $"Your pairing with {t.ApplicantLabel} ({t.CreativeField}) is waiting for your answer."),
        ($"Rappel{Nbsp}: merci de répondre au jumelage avec {t.ApplicantCity}",
            $"Votre jumelage avec la ville candidate {t.ApplicantCity} ({Fr(t)}) attend votre réponse."));

    public static OutboxMessage PartnershipReminder(string key, FollowUpTask t) => OutboxMessage.Bilingual(key, t.Mentor,
        ($"Reminder: confirm your partnership before {FollowUpTask.InWords(t.PartnershipDeadline)}",
            $"Your partnership with {t.ApplicantLabel} ({t.CreativeField}) is not established yet; the deadline is {FollowUpTask.InWords(t.PartnershipDeadline)}."),
        ($"Rappel{Nbsp}: confirmez votre partenariat avant le {FrenchWords.Date(t.PartnershipDeadline)}",
            $"Votre partenariat avec la ville candidate {t.ApplicantCity} ({Fr(t)}) n'est pas encore établi{Nbsp}; la date limite est le {FrenchWords.Date(t.PartnershipDeadline)}."));

    public static IReadOnlyList<OutboxMessage> ApplicationReminder(string key, FollowUpTask t)
    {
        var deadline = FollowUpTask.InWords(t.ApplicationDeadline);
        var date = FrenchWords.Date(t.ApplicationDeadline);
        return
        [
            OutboxMessage.Bilingual($"{key}:applicant", t.Applicant,
                ($"Application deadline: {deadline}",
                    $"Your application to the Creative Cities Network ({t.CreativeField}) is due by {deadline}, in English or French. "
                    + $"Your mentor city, {t.MentorCity}, can review it with you before then."),
                ($"Date limite de candidature{Nbsp}: {date}",
                    $"Votre candidature au Réseau des villes créatives ({Fr(t)}) est à déposer avant le {date}, en anglais ou en français. "
                    + $"Votre ville mentor, {t.MentorCity}, peut la relire avec vous d'ici là.")),
            OutboxMessage.Bilingual($"{key}:mentor", t.Mentor,
                ($"Your mentee's application is due {deadline}",
                    $"{t.ApplicantLabel} ({t.CreativeField}) submits its application by {deadline}; "
                    + "this is a good moment for a last review of its draft and action plan."),
                ($"La candidature de la ville que vous accompagnez est due le {date}",
                    $"La ville candidate {t.ApplicantCity} ({Fr(t)}) dépose sa candidature avant le {date}{Nbsp}; "
                    + "c'est le bon moment pour relire une dernière fois son dossier et son plan d'action.")),
        ];
    }

    public static OutboxMessage OfferExpired(string key, FollowUpTask t) => OutboxMessage.Bilingual(key, t.Coordinators,
        ($"Offer expired: {t.MentorCity} did not answer",
            $"{t.MentorLabel} did not answer the pairing with {t.ApplicantLabel} in time; a new round for {t.CreativeField} was started."),
        ($"Offre expirée{Nbsp}: {t.MentorCity} n'a pas répondu",
            $"La ville mentor {t.MentorCity} n'a pas répondu à temps au jumelage avec la ville candidate {t.ApplicantCity}{Nbsp}; "
            + $"un nouvel appariement du domaine {Fr(t)} a été lancé."));

    public static IReadOnlyList<OutboxMessage> Established(string key, FollowUpTask t) =>
    [
        OutboxMessage.Bilingual($"{key}:applicant", t.Applicant,
            ($"Partnership established with {t.MentorCity}", $"{t.MentorLabel} accepted to mentor you ({t.CreativeField})."),
            ($"Partenariat établi avec {t.MentorCity}", $"La ville mentor {t.MentorCity} a accepté de vous accompagner ({Fr(t)}).")),
        OutboxMessage.Bilingual($"{key}:coordinator", t.Coordinators,
            ($"Partnership established: {t.ApplicantCity} ↔ {t.MentorCity}", $"{t.MentorLabel} accepted the pairing with {t.ApplicantLabel}."),
            ($"Partenariat établi{Nbsp}: {t.ApplicantCity} ↔ {t.MentorCity}",
                $"La ville mentor {t.MentorCity} a accepté le jumelage avec la ville candidate {t.ApplicantCity}.")),
    ];

    private const string Nbsp = FrenchWords.Nbsp;

    private static string Fr(FollowUpTask t) => FrenchWords.Field(t.CreativeField);
}
