/*
 * Qué significa para el paciente cada ajuste de una Explicación de Beneficios,
 * en español (en inglés, con las fuentes: ../en/carc.ts): cada código de grupo
 * (quién carga con el monto) y cada código de motivo (por qué el plan lo
 * cambió), en palabras sencillas y con un paso a seguir. Son explicaciones
 * propias de Billpath, no el texto oficial de X12.
 */
import type { Words } from '../words';

export const carc: Words['carc'] = {
  groups: {
    CO: {
      label: 'Lo cancela el proveedor',
      meaning: 'El acuerdo del proveedor con su plan, o la ley, dice que el proveedor debe cancelar esto. Usted no lo debe.',
      whatToDo: 'Si el proveedor se lo cobra, pídale que lo quite. Muéstrele esta línea de su EOB.',
    },
    PR: {
      label: 'Su parte',
      meaning: 'Su plan dice que esta parte le toca pagarla a usted. Puede que la deba, pero revise que la factura coincida.',
      whatToDo: 'Revise que el proveedor le pida el mismo monto que muestra su EOB, y no más.',
    },
    OA: {
      label: 'Otro ajuste',
      meaning: 'Su plan cambió el monto por otra razón. Por sí solo, esto no es un cobro para usted.',
      whatToDo: 'Pregúntele a su plan qué es este ajuste antes de pagar algo de él.',
    },
    PI: {
      label: 'Rebaja del plan',
      meaning: 'Su plan rebajó este monto por su cuenta. Por lo general, no le toca pagarlo a usted.',
      whatToDo: 'Si el proveedor se lo cobra, pregúntele por qué. Su plan dice que no le toca pagarlo.',
    },
  },
  reasons: {
    '1': {
      label: 'Su deducible',
      meaning: 'Este monto cuenta para su deducible. Es lo que usted paga cada año antes de que su plan empiece a pagar.',
      whatToDo: 'Compárelo con lo que ya había pagado de su deducible este año.',
    },
    '2': {
      label: 'Su coseguro',
      meaning: 'Es su coseguro: el porcentaje del costo que le toca después de cubrir el deducible.',
      whatToDo: 'Compare el porcentaje con el resumen de beneficios de su plan.',
    },
    '3': {
      label: 'Su copago',
      meaning: 'Es su copago: la cantidad fija que su plan pone para este tipo de visita o servicio.',
      whatToDo: 'Busque el copago de este tipo de visita en su tarjeta del seguro o en los papeles de su plan.',
    },
    '4': {
      label: 'Problema con un modificador',
      meaning: 'Al código de este servicio le faltaba un agregado (un modificador), o tenía uno que no era.',
      whatToDo: 'Pídale al proveedor que corrija el código y envíe el reclamo otra vez.',
    },
    '5': {
      label: 'No cuadra con el lugar',
      meaning: 'El reclamo muestra un servicio que no cuadra con el lugar donde dice que lo atendieron.',
      whatToDo: 'Pídale al proveedor que revise el lugar del servicio en el reclamo y lo envíe otra vez.',
    },
    '6': {
      label: 'No cuadra con su edad',
      meaning: 'El servicio no cuadra con su edad en el reclamo. Muchas veces la fecha de nacimiento está mal.',
      whatToDo: 'Revise que el proveedor y su plan tengan bien su fecha de nacimiento. Después pídale al proveedor que envíe el reclamo otra vez.',
    },
    '11': {
      label: 'Diagnóstico no cuadra con servicio',
      meaning: 'El código de diagnóstico del reclamo no explica por qué usted necesitó este servicio.',
      whatToDo: 'Pídale al proveedor que revise el código de diagnóstico. Si estaba bien, puede apelar con sus registros.',
    },
    '16': {
      label: 'Al reclamo le falta información',
      meaning: 'Al reclamo le faltaban datos o tenía un error de facturación, así que su plan no pudo terminarlo.',
      whatToDo: 'Pídale al proveedor que corrija y vuelva a enviar el reclamo. No debería pagar mientras lo corrigen.',
    },
    '18': {
      label: 'Reclamo repetido',
      meaning: 'Su plan ya recibió este mismo reclamo por el mismo servicio. Esta copia no se pagó otra vez.',
      whatToDo: 'Busque la EOB del primer reclamo. Asegúrese de que le cobren una sola vez.',
    },
    '19': {
      label: 'Lesión de trabajo: paga otro seguro',
      meaning: 'Su plan dice que usted se lastimó en el trabajo, así que debe pagar el seguro de accidentes de trabajo (workers’ comp) de su empleo.',
      whatToDo: 'Si no fue una lesión de trabajo, avísele a su plan. Si lo fue, dele al proveedor los datos de su reclamo de workers’ comp.',
    },
    '22': {
      label: 'Otro plan debe pagar primero',
      meaning: 'Su plan cree que otro seguro que usted tiene debe pagar antes que él.',
      whatToDo: 'Cuéntele a su plan de todos sus seguros, a menudo en un formulario de "coordinación de beneficios". Después pídale al proveedor que cobre a los planes en el orden correcto.',
    },
    '23': {
      label: 'Otro plan ya pagó una parte',
      meaning: 'Esta línea muestra lo que otro plan ya pagó o rebajó antes de que este plan viera el reclamo.',
      whatToDo: 'Compárela con la EOB del primer plan. Los montos deben coincidir.',
    },
    '24': {
      label: 'Cubierto por una cuota fija',
      meaning: 'Su plan le paga a este proveedor una suma fija cada mes. Esa suma ya cubre este servicio.',
      whatToDo: 'Si el proveedor se lo cobra, pregúntele por qué. La cuota fija ya debería cubrirlo.',
    },
    '26': {
      label: 'Antes de empezar su cobertura',
      meaning: 'La fecha del servicio es anterior al inicio de su cobertura.',
      whatToDo: 'Revise su fecha de inicio. Si su cobertura empezó con fecha anterior, como pasa a veces con Medicaid, pídale al proveedor que cobre otra vez.',
    },
    '27': {
      label: 'Después de terminar su cobertura',
      meaning: 'La fecha del servicio es posterior al fin de su cobertura.',
      whatToDo: 'Revise su fecha de fin. Si se inscribió en COBRA, puede cubrir desde esa fecha, así que pídale al proveedor que cobre otra vez.',
    },
    '29': {
      label: 'Reclamo enviado tarde',
      meaning: 'El proveedor envió el reclamo después del plazo de su plan para reclamos.',
      whatToDo: 'Enviarlo a tiempo es tarea del proveedor. Un proveedor de su red por lo general no le puede cobrar esto, así que pídale que lo quite.',
    },
    '31': {
      label: 'Su plan no lo encuentra',
      meaning: 'Su plan no pudo encontrarlo a usted entre sus miembros.',
      whatToDo: 'Dele al proveedor su nombre, fecha de nacimiento y número de miembro tal como aparecen en su tarjeta. Pídale que envíe el reclamo otra vez.',
    },
    '35': {
      label: 'Llegó al límite de por vida',
      meaning: 'Su plan dice que usted llegó a lo máximo que pagará por este beneficio en toda su vida.',
      whatToDo: 'La mayoría de los planes no pueden poner límites de por vida en dólares a los beneficios de salud esenciales. Pregúntele a su plan, y apele si es su caso.',
    },
    '45': {
      label: 'Por encima del precio acordado',
      meaning: 'El cargo es más que el precio que su plan fijó o acordó con el proveedor. Esto es el descuento.',
      whatToDo: 'Un proveedor de su red no le puede cobrar esta parte. Si el proveedor está fuera de la red, vea si la ley No Surprises Act lo protege.',
    },
    '50': {
      label: 'No es médicamente necesario',
      meaning: 'Su plan decidió que usted no necesitaba esta atención.',
      whatToDo: 'Apele. Pídale a su médico una carta que explique por qué la necesitaba.',
    },
    '54': {
      label: 'Cirujano extra no cubierto',
      meaning: 'Su plan no paga a un segundo cirujano, o a uno que ayuda, en este caso.',
      whatToDo: 'Pregúntele al proveedor si el cirujano extra era necesario y si está anotado en sus registros. Si es así, puede apelar.',
    },
    '55': {
      label: 'Tratamiento visto como experimental',
      meaning: 'Su plan cree que esta prueba, medicina o tratamiento aún está en estudio.',
      whatToDo: 'Apele con la ayuda de su médico. Si su plan vuelve a decir que no, puede pedir una revisión externa.',
    },
    '56': {
      label: 'No se ha probado que funcione',
      meaning: 'Su plan dice que no se ha probado que este tratamiento funcione lo bastante bien para pagarlo.',
      whatToDo: 'Apele con una carta de su médico. Si su plan vuelve a decir que no, puede pedir una revisión externa.',
    },
    '58': {
      label: 'Lugar equivocado para esta atención',
      meaning: 'Su plan dice que esta atención se dio en el lugar equivocado, como un hospital en vez de un consultorio.',
      whatToDo: 'Pregúntele al proveedor si el lugar del servicio en el reclamo está bien. Si lo está, puede apelar.',
    },
    '59': {
      label: 'Rebaja por varios procedimientos',
      meaning: 'Cuando se hacen varios procedimientos a la vez, su plan paga menos por los extra. Esta rebaja es normal.',
      whatToDo: 'Por lo general usted no debe esta rebaja. Si el proveedor se la cobra, pídale que la quite.',
    },
    '96': {
      label: 'No cubierto',
      meaning: 'Su plan no paga este cargo. Una nota en su EOB (un código de observación) suele decir por qué.',
      whatToDo: 'Lea la nota y revise los papeles de su plan. Si cree que debería estar cubierto, apele.',
    },
    '97': {
      label: 'Incluido en otro servicio',
      meaning: 'Su plan cuenta esto como parte de otro servicio que ya pagó, así que no paga nada extra.',
      whatToDo: 'No deberían cobrárselo aparte. Si lo hacen, pídale al proveedor que lo quite.',
    },
    '109': {
      label: 'Enviado al plan equivocado',
      meaning: 'Este plan dice que no es el que debe pagar este servicio.',
      whatToDo: 'Dele al proveedor los datos de su seguro actual y pídale que cobre al plan correcto.',
    },
    '119': {
      label: 'Llegó al límite del beneficio',
      meaning: 'Usted llegó a lo máximo que su plan paga por este servicio en un tiempo dado, como un límite de visitas al año.',
      whatToDo: 'Revise el límite de su plan y cuente sus visitas. Si la cuenta está mal, apele.',
    },
    '146': {
      label: 'Código de diagnóstico no válido',
      meaning: 'El código de diagnóstico del reclamo no era válido en la fecha en que lo atendieron.',
      whatToDo: 'Pídale al proveedor que use un código actual y envíe el reclamo otra vez.',
    },
    '151': {
      label: 'Más servicios de los que respaldan',
      meaning: 'Su plan dice que los registros no muestran que necesitara tantos servicios, o tan seguido.',
      whatToDo: 'Pídale al proveedor que envíe registros que lo respalden, o que apele. No debería pagar mientras lo hace.',
    },
    '167': {
      label: 'Diagnóstico no cubierto',
      meaning: 'Su plan no cubre la atención para el diagnóstico de este reclamo.',
      whatToDo: 'Pregúntele al proveedor si el código de diagnóstico está bien. Si lo está, revise los papeles de su plan y apele si cree que está cubierto.',
    },
    '170': {
      label: 'Tipo de proveedor equivocado',
      meaning: 'Su plan no paga este servicio cuando lo da o lo cobra este tipo de proveedor.',
      whatToDo: 'Pregúntele al proveedor por qué lo cobró así. Los proveedores de su red deberían conocer las reglas de su plan.',
    },
    '197': {
      label: 'Sin aprobación previa',
      meaning: 'Su plan tenía que aprobar este servicio antes de que usted lo recibiera, y no tiene registro de eso.',
      whatToDo: 'Pregunte si le tocaba al proveedor pedir la aprobación. Con los proveedores de su red casi siempre es así, y entonces no le pueden cobrar. Si no, apele.',
    },
    '198': {
      label: 'Más de lo aprobado',
      meaning: 'Usted recibió más visitas o unidades de las que su plan aprobó antes.',
      whatToDo: 'Pídale al proveedor que le pida a su plan más aprobación, o que apele por la atención extra.',
    },
    '204': {
      label: 'Fuera de los beneficios de su plan',
      meaning: 'Su plan no incluye este servicio, medicina o equipo en sus beneficios.',
      whatToDo: 'Revise los papeles de su plan. Si cree que debería estar cubierto, apele. También puede pedirle al proveedor un precio más bajo por pagar en efectivo.',
    },
    '227': {
      label: 'Su plan necesita datos suyos',
      meaning: 'Su plan le pidió información y no recibió nada, o no lo suficiente.',
      whatToDo: 'Llame a su plan y pregunte qué necesita, como un formulario de accidente o de otro seguro. Envíelo y después pídales que revisen el reclamo otra vez.',
    },
    '234': {
      label: 'No se paga aparte',
      meaning: 'Su plan no paga este procedimiento por separado. Cuenta como parte del servicio principal.',
      whatToDo: 'No deberían cobrárselo aparte. Si lo hacen, pídale al proveedor que lo quite.',
    },
    '236': {
      label: 'Códigos que no van juntos',
      meaning: 'Las reglas de códigos dicen que este servicio no se puede cobrar junto con otro hecho el mismo día.',
      whatToDo: 'Pida al proveedor que revise los códigos. No pague una línea cobrada así.',
    },
    '242': {
      label: 'Proveedor fuera de su red',
      meaning: 'El proveedor no está en la red de su plan, o no es el médico principal que su plan tiene anotado para usted.',
      whatToDo: '¿Fue atención de emergencia, o un especialista que usted no eligió en un hospital de su red? Entonces puede que solo deba los costos dentro de la red. Pregunte por la ley No Surprises Act.',
    },
    '253': {
      label: 'Recorte del presupuesto federal',
      meaning: 'Por ley, Medicare y otros programas federales les pagan a los proveedores cerca de un 2% menos. El proveedor carga con esta rebaja.',
      whatToDo: 'Usted no debe esto. Si el proveedor se lo cobra, pídale que lo quite.',
    },
    A1: {
      label: 'Reclamo o servicio negado',
      meaning: 'Su plan negó esto. Una nota en su EOB (un código de observación) suele dar la razón real.',
      whatToDo: 'Lea la nota, o llame a su plan y pregunte por qué. Después pídale al proveedor que corrija el reclamo, o apele.',
    },
  },
  coOverridesYourShare:
    'Este código suele ser un costo para usted, pero el grupo CO quiere decir que el proveedor debe cargar con él. Si se lo cobran, pida que lo quiten.',
  noReason: 'No dieron ningún código de motivo. Pregúntele a su plan para qué es este ajuste.',
  unknownReason: (code) => `${code ? `El código de motivo ${code}` : 'Este código de motivo'} no está en nuestra lista. Pregúntele a su plan qué significa.`,
};
