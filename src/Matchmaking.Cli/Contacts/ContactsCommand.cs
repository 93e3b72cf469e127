using System.CommandLine;
using Matchmaking.Core.Notifications;

namespace Matchmaking.Cli.Contacts;

/// <summary><c>matchmaking contacts set</c>: the e-mail address a notification recipient is reached at.</summary>
internal static class ContactsCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var recipient = new Option<string>("--recipient")
        {
            Description = "the recipient as notifications name it: secretariat, coordinator:Music, \"mentor city Bologna\", \"applicant city Kumasi\", user:ana",
            Required = true,
        };
        var email = new Option<string>("--email") { Description = "where to send its mail", Required = true };
        var set = new Command("set", "Give a notification recipient an e-mail address (replaces an earlier one).") { recipient, email };
        set.SetAction(async (parsed, cancellationToken) =>
        {
            var address = parsed.GetValue(email)!.Trim();
            if (!MimeKit.MailboxAddress.TryParse(address, out var mailbox) || mailbox?.Address != address || !address.Contains('@', StringComparison.Ordinal))
            {
                await error.WriteLineAsync($"--email '{address}' is not an e-mail address.");
                return 2;
            }

            var label = parsed.GetValue(recipient)!.Trim();
            if (!Recipient.TryParse(label, out var whom))
            {
                await error.WriteLineAsync(
                    $"--recipient '{label}' names no recipient: write secretariat, coordinator:<field>, \"mentor city <city>\", \"applicant city <city>\" or user:<name>.");
                return 2;
            }

            await using var dataSource = await CliDatabase.OpenAsync(error, cancellationToken);
            await new ContactStore(dataSource, TimeProvider.System).SetAsync(whom, address, cancellationToken);
            await output.WriteLineAsync($"{whom} → {address}");
            return 0;
        });
        return new Command("contacts", "Where notifications are mailed.") { set };
    }
}
