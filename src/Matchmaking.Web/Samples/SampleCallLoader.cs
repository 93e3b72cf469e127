using System.Security.Cryptography;
using Matchmaking.Core.Applicants;
using Matchmaking.Core.Calls;
using Matchmaking.Core.Ingestion;
using Matchmaking.Core.Mentors;
using Matchmaking.Core.Samples;
using Matchmaking.Core.Users;
using Matchmaking.Engine.Domain;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace Matchmaking.Web.Samples;

/// <summary>
/// For the run command on the embedded database: loads the clearly labelled SAMPLE call, gives each sample account
/// a fresh token and a fresh sign-in password, and prints them with the URLs to try.
/// </summary>
internal sealed class SampleCallLoader(
    CallStore calls, ApplicantStore applicants, MentorStore mentors, UserStore users, IServer server,
    IHostApplicationLifetime lifetime, ILogger<SampleCallLoader> logger) : IHostedService
{
    private const string Actor = "system:sample-loader";

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await calls.EnsureAsync(SampleCall.Year, cancellationToken, isSample: true);
        ParsedBatch<ApplicantProfile> applicantBatch;
        ParsedBatch<MentorOffer> mentorBatch;
        await using (var stream = SampleCall.OpenApplicants())
        {
            applicantBatch = await ProfileReader.ReadApplicantsAsync(stream, ImportFormat.Csv, "sample:sample_applicants.csv", cancellationToken);
        }

        await using (var stream = SampleCall.OpenMentors())
        {
            mentorBatch = await ProfileReader.ReadMentorsAsync(stream, ImportFormat.Csv, "sample:sample_mentors.csv", cancellationToken);
        }

        await applicants.ImportAsync(SampleCall.Year, applicantBatch, Actor, cancellationToken);
        await mentors.ImportAsync(SampleCall.Year, mentorBatch, Actor, cancellationToken);

        var tokens = new List<IssuedToken>
        {
            await users.AddOrRotateAsync(new NewUser { Name = "sample-secretariat", Role = UserRole.Secretariat }, cancellationToken),
        };
        foreach (var field in CreativeFields.All)
        {
            var slug = field.DisplayName().ToLowerInvariant().Replace(' ', '-');
            tokens.Add(await users.AddOrRotateAsync(
                new NewUser { Name = $"sample-coordinator-{slug}", Role = UserRole.Coordinator, Field = field }, cancellationToken));
        }

        foreach (var offer in mentorBatch.Accepted.Select(a => a.Record).DistinctBy(o => o.Field).Take(3))
        {
            tokens.Add(await users.AddOrRotateAsync(new NewUser
            {
                Name = $"sample-mentor-{CityNames.Key(offer.City).Replace(' ', '-')}", Role = UserRole.Mentor, City = offer.City,
                CountryCode = offer.CountryCode,
            }, cancellationToken));
        }

        // One password for every sample account, new on every start like the tokens: a host started with Sample:Load on
        // a reachable address must not carry a password that is written down anywhere.
        var password = RandomNumberGenerator.GetString("abcdefghijkmnpqrstuvwxyz23456789", 16);
        foreach (var t in tokens)
        {
            await users.SetPasswordAsync(t.User.Name, password, cancellationToken);
        }

        LogMessages.SampleLoaded(logger, SampleCall.Year, applicantBatch.Accepted.Count, mentorBatch.Accepted.Count);
        lifetime.ApplicationStarted.Register(() => PrintBanner(tokens, password));
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private void PrintBanner(List<IssuedToken> tokens, string password)
    {
        var url = server.Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault() ?? "http://127.0.0.1:5080";
        var year = SampleCall.Year;
        Console.WriteLine();
        Console.WriteLine($"Matchmaking is running at {url} with the SAMPLE call {year} loaded (sample data, not real applications).");
        Console.WriteLine("Sample accounts (fresh tokens on every start; use them as 'Authorization: Bearer <token>'):");
        foreach (var t in tokens)
        {
            var scope = t.User.Field?.DisplayName() ?? t.User.City ?? "all";
            Console.WriteLine($"  {t.User.Role.Code(),-12} {scope,-22} {t.Token}");
        }

        var secretariat = tokens[0].Token;
        Console.WriteLine();
        Console.WriteLine($"Web pages: sign in at {url}/account/sign-in with any sample account's user name and the password {password}");
        foreach (var t in tokens)
        {
            Console.WriteLine($"  {t.User.Name}");
        }

        Console.WriteLine();
        Console.WriteLine("Try:");
        Console.WriteLine($"  curl {url}/health");
        Console.WriteLine($"  curl {url}/openapi/v1.json");
        Console.WriteLine($"  curl -H 'Authorization: Bearer {secretariat}' {url}/api/calls/{year}/applicants");
        Console.WriteLine($"  curl -X POST -H 'Authorization: Bearer {secretariat}' {url}/api/calls/{year}/rounds");
        Console.WriteLine($"  curl -H 'Authorization: Bearer {secretariat}' {url}/api/rounds/<id>/proposals");
        Console.WriteLine($"  curl -H 'Authorization: Bearer {secretariat}' {url}/api/calls/{year}/follow-ups");
        Console.WriteLine();
    }
}
