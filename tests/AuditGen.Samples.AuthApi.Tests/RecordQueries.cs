using System.Net.Http.Json;
using System.Text.Json;

namespace AuditGen.Samples.AuthApi.Tests;

/// <summary>Requests with a chosen request id, and the service's JSON log records found by their state.</summary>
internal static class RecordQueries
{
    public static async Task<HttpResponseMessage> Post(HttpClient http, string path, object body, string requestId)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = JsonContent.Create(body) };
        request.Headers.Add("X-Request-ID", requestId);
        return await http.SendAsync(request);
    }

    /// <summary>The first record with <paramref name="key"/> = <paramref name="value"/> and request id
    /// <paramref name="requestId"/> under <paramref name="requestIdKey"/>; the console logger writes from a queue, so
    /// this waits (bounded) for it.</summary>
    public static async Task<JsonElement> RecordAsync(AuthApiProcess service, string key, string value, string requestIdKey, string requestId)
    {
        for (int i = 0; i < 50; i++)
        {
            JsonElement? found = service.LogLines().Cast<JsonElement?>().FirstOrDefault(l => State(l!.Value, key) == value && State(l.Value, requestIdKey) == requestId);
            if (found is { } record)
            {
                return record;
            }

            await Task.Delay(200);
        }

        throw new Xunit.Sdk.XunitException($"No record with {key}={value} and {requestIdKey}={requestId}:\n{service.Output}");
    }

    public static string? State(JsonElement line, string key) =>
        line.TryGetProperty("State", out JsonElement state) && state.TryGetProperty(key, out JsonElement value) ? value.ToString() : null;
}
