namespace Matchmaking.Core;

/// <summary>One rule for an e-mail address typed by a person or read from a file: name@host.domain, at most 254 characters.</summary>
public static class EmailAddresses
{
    public static bool IsValid(string? text) =>
        text is { Length: > 0 and <= 254 }
        && System.Net.Mail.MailAddress.TryCreate(text, out var address)
        && string.Equals(address.Address, text, StringComparison.OrdinalIgnoreCase)
        && address.Host.Contains('.', StringComparison.Ordinal);
}
