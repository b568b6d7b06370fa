using Revista.Statistics;

namespace Revista.Tests.Statistics;

/// <summary>The robots list: COUNTER's own patterns, case-insensitive, bad lists refused with the entry named.</summary>
public sealed class RobotListTests
{
    private const string Firefox = "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0";
    private const string Chrome = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36";

    [Theory]
    [InlineData("Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)")]
    [InlineData("MOZILLA/5.0 (COMPATIBLE; BINGBOT/2.0)")]
    [InlineData("Buck/2.2; (+https://app.hypefactors.com/media-monitoring/about.html)")]
    [InlineData("Wget/1.21.4")]
    [InlineData("")]
    public void The_COUNTER_list_matches_robots_whatever_their_case(string agent)
    {
        var list = Load();

        Assert.True(list.IsRobot(agent), agent);
    }

    [Theory]
    [InlineData(Firefox)]
    [InlineData(Chrome)]
    public void The_COUNTER_list_lets_browsers_through(string agent) => Assert.False(Load().IsRobot(agent));

    [Fact]
    public void The_built_in_fallback_catches_generic_robot_words_but_not_browsers()
    {
        Assert.True(RobotList.Fallback.IsFallback);
        Assert.True(RobotList.Fallback.IsRobot("SomeCrawler/1.0"));
        Assert.True(RobotList.Fallback.IsRobot("my-SPIDER"));
        Assert.False(RobotList.Fallback.IsRobot(Firefox));
    }

    [Fact]
    public void A_pattern_that_is_not_a_regular_expression_is_refused_by_name()
    {
        var problem = Assert.Throws<RobotListException>(() => RobotList.Parse("""[{"pattern": "bot"}, {"pattern": "bad(robot"}]""", "list.json"));

        Assert.Contains("bad(robot", problem.Message, StringComparison.Ordinal);
        Assert.Contains("entry 1", problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("""{"pattern": "bot"}""")]
    [InlineData("""[{"name": "bot"}]""")]
    [InlineData("[]")]
    public void A_file_that_is_not_a_robots_list_is_refused(string json)
    {
        var problem = Assert.Throws<RobotListException>(() => RobotList.Parse(json, "list.json"));

        Assert.StartsWith("list.json", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Patterns_with_lookarounds_and_backreferences_match_as_written()
    {
        var list = RobotList.FromStored(new UsageRobotList { Source = "test", Patterns = """["(?<=x)bot", "(a)\\1z"]""" });

        Assert.True(list.IsRobot("xbot"));
        Assert.True(list.IsRobot("aaz"));
        Assert.False(list.IsRobot(Firefox));
    }

    [Fact]
    public void An_agent_that_makes_a_pattern_backtrack_for_too_long_counts_as_a_robot()
    {
        var list = RobotList.FromStored(new UsageRobotList { Source = "test", Patterns = """["^(a|aa)+$"]""" });

        Assert.True(list.IsRobot(new string('a', 80) + "!"));
        Assert.False(list.IsRobot("b"));
    }

    private static RobotList Load()
    {
        var path = SharedRobots.RequireFile();
        var patterns = RobotList.Parse(File.ReadAllText(path), path);
        return RobotList.FromStored(new UsageRobotList { Source = path, LoadedAt = DateTimeOffset.UnixEpoch, Patterns = System.Text.Json.JsonSerializer.Serialize(patterns) });
    }
}
