using Microsoft.Net.Http.Headers;

namespace OpsDashboard.Web.Api;

/// <summary>Reads an uploaded file from a multipart field "file" or from the raw request body, within a size limit.</summary>
public static class UploadReader
{
    public sealed record Upload(byte[]? Content, string? FileName, IResult? Error);

    public static async Task<Upload> ReadAsync(HttpRequest request, long maxBytes, CancellationToken ct)
    {
        if (request.ContentLength > maxBytes)
        {
            return TooLarge(maxBytes);
        }

        // Only a real multipart upload carries a "file" field; curl --data-binary sends the file's bytes
        // as application/x-www-form-urlencoded, and those bytes are the file itself.
        if (request.ContentType?.StartsWith("multipart/form-data", StringComparison.OrdinalIgnoreCase) == true)
        {
            var form = await request.ReadFormAsync(ct);
            var file = form.Files.GetFile("file");
            if (file is null)
            {
                return new Upload(null, null, ApiEndpoints.BadRequest("The multipart body has no field named 'file'."));
            }

            if (file.Length > maxBytes)
            {
                return TooLarge(maxBytes);
            }

            using var buffer = new MemoryStream((int)file.Length);
            await file.CopyToAsync(buffer, ct);
            return Checked(buffer.ToArray(), file.FileName);
        }

        using var body = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, ct)) > 0)
        {
            if (body.Length + read > maxBytes)
            {
                return TooLarge(maxBytes);
            }

            body.Write(chunk, 0, read);
        }

        return Checked(body.ToArray(), RawBodyFileName(request));
    }

    /// <summary>
    /// The name of a file sent as the raw body: <c>?fileName=</c>, else the Content-Disposition
    /// header's filename* (UTF-8, for Chinese names) or filename. A one-day export's date may be
    /// only in its name (DOMAIN §6, later additions).
    /// </summary>
    public static string? RawBodyFileName(HttpRequest request)
    {
        if (request.Query["fileName"].ToString() is { Length: > 0 } query)
        {
            return query;
        }

        if (!ContentDispositionHeaderValue.TryParse(request.Headers.ContentDisposition.ToString(), out var disposition))
        {
            return null;
        }

        var name = disposition.FileNameStar.HasValue ? disposition.FileNameStar : disposition.FileName;
        return name.HasValue ? HeaderUtilities.RemoveQuotes(name).ToString() : null;
    }

    private static Upload Checked(byte[] content, string? fileName) =>
        content.Length == 0
            ? new Upload(null, fileName, ApiEndpoints.BadRequest("The file is empty. Send it as the raw body or as multipart field 'file'."))
            : new Upload(content, fileName, null);

    private static Upload TooLarge(long maxBytes) => new(
        null,
        null,
        Results.Problem(
            detail: $"The file is larger than the limit of {maxBytes / (1024 * 1024)} MB (setting Import__MaxUploadMegabytes).",
            statusCode: StatusCodes.Status413PayloadTooLarge,
            title: "File too large"));
}
