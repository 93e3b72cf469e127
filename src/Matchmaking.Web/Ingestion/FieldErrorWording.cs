using System.Text.Json;
using System.Text.Json.Serialization;
using Matchmaking.Core.Ingestion;
using Matchmaking.Core.Outcomes;
using Matchmaking.Web.Localization;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Localization;

namespace Matchmaking.Web.Ingestion;

/// <summary>
/// Every <see cref="FieldError"/> the API answers (an import's rejected records, the import history, a portal sync) with its
/// cause in the request's language (<c>Accept-Language</c> or the culture cookie), under the field's code as the formats name it:
/// <c>{"field": "submitted_at", "cause": "…", "code": "field_no_utc_offset", "args": […]}</c>.
/// </summary>
internal sealed class FieldErrorWording(IStringLocalizer<Texts> texts) : JsonConverter<FieldError>
{
    public static IServiceCollection AddFieldErrorWording(IServiceCollection services)
    {
        services.AddOptions<JsonOptions>()
            .Configure<IStringLocalizer<Texts>>((json, texts) => json.SerializerOptions.Converters.Insert(0, new FieldErrorWording(texts)));
        return services;
    }

    public override FieldError Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        throw new NotSupportedException("The API answers field errors; it does not read them.");

    public override void Write(Utf8JsonWriter writer, FieldError value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteStartObject();
        writer.WriteString("field", value.Field);
        writer.WriteString("cause", texts.Say(value.Cause));
        PhraseJson.WriteMembers(writer, value.Cause);
        writer.WriteEndObject();
    }
}
