using System.CommandLine;
using Matchmaking.Core.Outcomes;
using Matchmaking.Core.ReferenceData;
using Matchmaking.Core.Users;
using Matchmaking.Engine.Domain;

namespace Matchmaking.Cli.Users;

internal static class UsersCommand
{
    public static Command Create(TextReader input, TextWriter output, TextWriter error)
    {
        var role = new Option<string>("--role") { Description = "secretariat, coordinator or mentor", Required = true };
        var field = new Option<string?>("--field") { Description = "the coordinator's creative field, e.g. Music" };
        var city = new Option<string?>("--city") { Description = "the mentor's member city, e.g. Bologna" };
        var country = new Option<string?>("--country") { Description = "ISO country code of the mentor's city, when the name is ambiguous" };
        var name = new Option<string?>("--name") { Description = "a unique user name; derived from the role when omitted" };
        var passwordStdin = new Option<bool>("--password-stdin")
        {
            Description = "read the user's web sign-in password from the first line of standard input (never from an argument)",
        };
        var add = new Command("add", "Create a user (or give an existing one a new token) and print its bearer token once.")
        {
            role, field, city, country, name, passwordStdin,
        };
        add.SetAction(async (parsed, cancellationToken) =>
        {
            if (!UserRoles.TryParse(parsed.GetValue(role), out var userRole))
            {
                await error.WriteLineAsync($"--role must be secretariat, coordinator or mentor, not '{parsed.GetValue(role)}'.");
                return 2;
            }

            CreativeField? creativeField = null;
            if (parsed.GetValue(field) is { } fieldText)
            {
                if (!CreativeFields.TryParse(fieldText, out creativeField))
                {
                    await error.WriteLineAsync(
                        $"--field '{fieldText}' is not one of: {string.Join(", ", CreativeFields.All.Select(f => f.DisplayName()))}.");
                    return 2;
                }
            }

            var cityName = parsed.GetValue(city);
            var countryCode = parsed.GetValue(country)?.ToUpperInvariant();
            if (userRole == UserRole.Mentor && cityName is not null)
            {
                var members = ReferenceDataSet.Load().Members
                    .Where(m => CityNames.Key(m.City) == CityNames.Key(cityName) && (countryCode is null || m.CountryCode == countryCode))
                    .ToList();
                if (members.Count == 0)
                {
                    await error.WriteLineAsync($"--city '{cityName}' is not a member city of the network.");
                    return 2;
                }

                cityName = members[0].City;
                countryCode = members[0].CountryCode;
            }

            var newUser = new NewUser
            {
                Name = parsed.GetValue(name) ?? DefaultName(userRole, creativeField, cityName),
                Role = userRole,
                Field = creativeField,
                City = cityName,
                CountryCode = countryCode,
            };
            if (UserStore.Check(newUser) is { } refusal)
            {
                await error.WriteLineAsync(Words(refusal));
                return 2;
            }

            string? password = null;
            if (parsed.GetValue(passwordStdin))
            {
                password = (await input.ReadLineAsync(cancellationToken))?.TrimEnd('\r');
                if (string.IsNullOrEmpty(password))
                {
                    await error.WriteLineAsync("--password-stdin: standard input has no password on its first line.");
                    return 2;
                }
            }

            try
            {
                await using var dataSource = await CliDatabase.OpenAsync(error, cancellationToken);
                var store = new UserStore(dataSource, TimeProvider.System);
                // Checked before the user is written, so a too-short password leaves nothing half done.
                if (password is not null && password.Length < new SignInOptions().MinimumLength)
                {
                    await error.WriteLineAsync($"The password needs at least {new SignInOptions().MinimumLength} characters.");
                    return 2;
                }

                var issued = await store.AddOrRotateAsync(newUser, cancellationToken);
                if (password is not null)
                {
                    await store.SetPasswordAsync(issued.User.Name, password, cancellationToken);
                    await error.WriteLineAsync($"user '{issued.User.Name}' can now sign in to the web pages with that password.");
                }

                await error.WriteLineAsync($"user '{issued.User.Name}' ({issued.User.Role.Code()}); the token is shown once:");
                await output.WriteLineAsync(issued.Token);
                return 0;
            }
            catch (ArgumentException e)
            {
                await error.WriteLineAsync(Core.ArgumentMessages.Sentence(e));
                return 2;
            }
        });
        return new Command("users", "Manage the people who use the service.") { add };
    }

    /// <summary>A refusal of the service in the words of this command, which names its options (a page names its fields).</summary>
    private static string Words(Refusal refusal) => refusal.Reason.Code switch
    {
        "user_needs_name" => "A user needs a name (--name).",
        "coordinator_needs_field" => "A coordinator needs a creative field (--field).",
        "mentor_needs_city" => "A mentor needs a member city (--city).",
        _ => $"The user is refused: {refusal.Reason}.",
    };

    private static string DefaultName(UserRole role, CreativeField? field, string? city) => role switch
    {
        UserRole.Coordinator when field is not null => $"coordinator-{field.Value.DisplayName().ToLowerInvariant().Replace(' ', '-')}",
        UserRole.Mentor when city is not null => $"mentor-{CityNames.Key(city).Replace(' ', '-')}",
        _ => role.Code(),
    };
}
