using System.Text;

namespace Matchmaking.Web.Exports;

/// <summary>
/// A CSV as a download: UTF-8 with its byte-order mark, because spreadsheets (Excel above all) read a CSV without one in the
/// machine's legacy code page and garble every accented city ("ZahlÃ©").
/// </summary>
internal static class CsvDownload
{
    public const string ContentType = "text/csv; charset=utf-8";

    private static readonly UTF8Encoding WithMark = new(encoderShouldEmitUTF8Identifier: true);

    public static byte[] Bytes(string csv) => [.. WithMark.GetPreamble(), .. WithMark.GetBytes(csv)];

    public static Microsoft.AspNetCore.Http.HttpResults.FileContentHttpResult File(string csv, string name) => TypedResults.File(Bytes(csv), ContentType, name);
}
