/** One line per problem, each naming the field and the reason (from a link, a file or the editor). */
export function ProblemList({ problems, testId }: { problems: readonly string[]; testId: string }) {
  return (
    <ul className="problem-list" data-testid={testId}>
      {problems.map((p) => (
        <li key={p} data-testid={`${testId}.line`}>
          <code>{p}</code>
        </li>
      ))}
    </ul>
  );
}
