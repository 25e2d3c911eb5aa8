package code

import "github.com/truce-project/truce"

// conditionalTypes are the categories whose act, promised on a condition,
// is a threat (see threatOnCondition): force, coercion and sanctions, and
// a protest or a deployment held over a rival ("the drivers' union would
// block the highways unless fares fell").
var conditionalTypes = filtered(map[string]bool{
	truce.Assault:  true,
	truce.Coerce:   true,
	truce.Sanction: true,
	truce.Protest:  true,
	truce.Mobilize: true,
})
