using System.Text.Json.Nodes;
using BackOffice.LocalHost.Invocation;

namespace BackOffice.LocalHost.Tests.Invocation;

public class InvocationPayloadTests
{
    [Fact]
    public void Request_body_has_data_and_metadata()
    {
        var body = InvocationRequest.CreateBody(new JsonObject { ["message"] = "hi" }, new JsonObject { ["DequeueCount"] = 1 });

        Assert.Equal("""{"Data":{"message":"hi"},"Metadata":{"DequeueCount":1}}""", body.ToJsonString());
    }

    [Fact]
    public void Sys_metadata_names_the_method_and_time()
    {
        var sys = InvocationRequest.CreateSysMetadata("Sweep", new DateTimeOffset(2025, 1, 2, 3, 4, 5, TimeSpan.FromHours(2)));

        Assert.Equal("Sweep", (string?)sys["MethodName"]);
        Assert.Equal("2025-01-02T01:04:05.0000000Z", (string?)sys["UtcNow"]);
        Assert.True(Guid.TryParse((string?)sys["RandGuid"], out _));
    }

    [Fact]
    public void Parses_outputs_logs_and_return_value_case_insensitively()
    {
        var response = InvocationResponse.Parse("""{"outputs":{"Next":["a",{"b":1}]},"logs":["one",2],"returnValue":{"ok":true}}""");

        Assert.NotNull(response.Outputs["next"]);
        Assert.Equal(["one", "2"], response.Logs);
        Assert.Equal("""{"ok":true}""", response.ReturnValue!.ToJsonString());
    }

    [Theory]
    [InlineData("")]
    [InlineData("{}")]
    [InlineData("""{"Outputs":null,"Logs":null,"ReturnValue":null}""")]
    public void Empty_answers_are_valid(string body)
    {
        var response = InvocationResponse.Parse(body);

        Assert.Empty(response.Outputs);
        Assert.Empty(response.Logs);
        Assert.Null(response.ReturnValue);
    }

    [Theory]
    [InlineData("<html>")]
    [InlineData("[1]")]
    [InlineData("""{"Outputs":[]}""")]
    [InlineData("""{"Logs":"text"}""")]
    public void Malformed_answers_are_rejected(string body) =>
        Assert.Throws<FormatException>(() => InvocationResponse.Parse(body));

    [Fact]
    public void Queue_output_values_string_array_and_other_json()
    {
        Assert.Equal(["text"], QueueOutputValues.From(JsonValue.Create("text")));
        Assert.Equal(["a", """{"b":1}""", "2"], QueueOutputValues.From(JsonNode.Parse("""["a",{"b":1},2,null]""")));
        Assert.Equal(["""{"id":7}"""], QueueOutputValues.From(JsonNode.Parse("""{"id":7}""")));
        Assert.Empty(QueueOutputValues.From(null));
    }
}
