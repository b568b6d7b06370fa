namespace Revista.Tests;
