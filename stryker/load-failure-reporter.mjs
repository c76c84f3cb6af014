// A test file that cannot even be imported is a failing test. Stryker's vitest runner (9.6.1, and
// 10.x too: stryker-js#6150) builds a mutant's result from the tests vitest collected, and a file
// whose import throws collects none, so a static mutant that stops a module from loading (say, the
// policy's code table built from a broken list) would be scored "survived". This reporter gives
// such a file one failed test carrying its load error. A file that loaded is left as it is.
export default class LoadFailureAsFailedTest {
  onTestRunEnd(testModules) {
    for (const testModule of testModules) {
      const file = testModule.task;
      if (file.result?.state !== 'fail' || file.tasks.length > 0) continue;
      file.tasks.push({
        type: 'test',
        id: `${file.id}_load`,
        name: 'the test file loads',
        mode: 'run',
        file,
        suite: file,
        meta: {},
        result: { state: 'fail', errors: file.result.errors ?? [] },
      });
    }
  }
}
