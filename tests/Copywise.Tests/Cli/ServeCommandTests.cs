using System.Net;
using System.Net.Sockets;
using Copywise.Cli;

namespace Copywise.Tests.Cli;

public class ServeCommandTests
{
    private static (int Code, string Err) Run(params string[] args)
    {
        var e = new StringWriter();
        int code = Program.Run(args, new StringReader(""), new StringWriter(), e);
        return (code, e.ToString());
    }

    [Theory]
    [InlineData("--port", "5080")]
    [InlineData("somewhere")]
    [InlineData("--urls")]
    public void Unknown_options_and_arguments_are_usage_errors(params string[] rest)
    {
        var (code, err) = Run(["serve", .. rest]);
        Assert.Equal(Program.Usage, code);
        Assert.StartsWith("copywise: ", err);
        Assert.DoesNotContain("   at ", err);
    }

    [Theory]
    [InlineData("--Copywise:MaxBodyBytes=lots", "Copywise:MaxBodyBytes")]
    [InlineData("--Copywise:RequestTimeoutSeconds=0", "Copywise:RequestTimeoutSeconds")]
    public void A_bad_setting_is_a_usage_error_naming_it(string setting, string name)
    {
        var (code, err) = Run("serve", "--urls", "http://127.0.0.1:0", setting);
        Assert.Equal(Program.Usage, code);
        Assert.Contains(name, err);
    }

    [Fact]
    public async Task An_address_in_use_is_exit_code_4()
    {
        using var taken = new TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        int port = ((IPEndPoint)taken.LocalEndpoint).Port;
        var (code, err) = await Task.Run(() => Run("serve", "--urls", $"http://127.0.0.1:{port}", "--Logging:LogLevel:Default=None"))
            .WaitAsync(TimeSpan.FromSeconds(60));
        Assert.Equal(Program.CannotServe, code);
        Assert.Contains("address already in use", err);
    }
}
